import type { CollectionBeforeDeleteHook } from 'payload'

/** A document's share links go with it: a link to a deleted guide or page can show nothing. */
export const deleteShareLinks: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
  await req.payload.delete({
    collection: 'preview-links',
    where: { [collection.slug === 'pages' ? 'page' : 'guide']: { equals: id } },
    overrideAccess: true,
    req,
  })
}
