import type { CollectionAfterDeleteHook } from 'payload'

import { TAGS, revalidateTags } from '@/lib/content/cacheTags'

export const revalidateDeletedRedirect: CollectionAfterDeleteHook = async ({
  doc,
  context,
  req,
}) => {
  if (!context.seeding) await revalidateTags(req, [TAGS.redirects])
  return doc as unknown
}
