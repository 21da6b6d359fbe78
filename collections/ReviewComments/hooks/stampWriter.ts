import type { CollectionBeforeChangeHook } from 'payload'

import { relationId } from '@/lib/content/relationId'
import type { ReviewComment } from '@/payload-types'

/**
 * Who wrote it, fixed at write time: a CMS user's reply names the user; a reviewer's comment names
 * the share link it came through and that link's label as it was then (a later rename or delete
 * of the link does not change what the comment says).
 */
export const stampWriter: CollectionBeforeChangeHook<ReviewComment> = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create') return data
  const author = req.user?.collection === 'users' ? req.user.id : null
  if (!data.link) return { ...data, author, linkLabel: null }
  const link = await req.payload.findByID({
    collection: 'preview-links',
    id: relationId(data.link),
    depth: 0,
    req,
    overrideAccess: true,
    disableErrors: true,
  })
  return { ...data, author, linkLabel: link?.note || `Share link ${String(relationId(data.link))}` }
}
