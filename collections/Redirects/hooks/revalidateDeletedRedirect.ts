import type { CollectionAfterDeleteHook } from 'payload'

import { TAGS } from '@/lib/cache/tags'
import { revalidateTags } from '@/lib/cache/revalidate'

export const revalidateDeletedRedirect: CollectionAfterDeleteHook = async ({
  doc,
  context,
  req,
}) => {
  if (!context.seeding) await revalidateTags(req, [TAGS.redirects])
  return doc as unknown
}
