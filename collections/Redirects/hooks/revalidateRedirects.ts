import type { CollectionAfterChangeHook } from 'payload'

import { TAGS } from '@/lib/cache/tags'
import { revalidateTags } from '@/lib/cache/revalidate'

/** A redirect added or changed. */
export const revalidateRedirects: CollectionAfterChangeHook = async ({ doc, context, req }) => {
  if (!context.seeding) await revalidateTags(req, [TAGS.redirects])
  return doc as unknown
}
