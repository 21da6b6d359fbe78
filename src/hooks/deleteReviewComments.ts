import type { CollectionBeforeDeleteHook, Where } from 'payload'

/**
 * A document's review threads and verdicts go with it: they quote its drafts, and nothing could
 * show them once it is gone. Replies first, then the threads they answer.
 */
export const deleteReviewComments: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
  const about: Where[] = [
    { 'document.relationTo': { equals: collection.slug } },
    { 'document.value': { equals: id } },
  ]
  for (const replies of [true, false]) {
    await req.payload.delete({
      collection: 'review-comments',
      where: { and: [...about, { parent: { exists: replies } }] },
      overrideAccess: true,
      req,
    })
  }
}
