import type { CollectionAfterChangeHook } from 'payload'

import { addressChange, type Saved } from './addressChange'

type Args = Parameters<CollectionAfterChangeHook<Saved & { id: number }>>[0]

/**
 * When a published document is published under a new slug, its old path answers 301 to it. The
 * redirect points at the document, not at a path, so later renames never make a chain; a redirect
 * from the document's new path (it had this slug before) goes, or it would shadow the document.
 * Called by each addressed collection's own hook, with the path its slugs live at.
 */
export async function redirectMovedAddress(
  { collection, doc, req, context }: Args,
  pathOf: (slug: string) => string,
) {
  if (context.seeding) return doc
  const { before, after } = await addressChange(req, collection.slug, doc, context)
  if (!before || !after || before.slug === after.slug) return doc
  const from = pathOf(before.slug)
  await req.payload.delete({
    collection: 'redirects',
    where: { from: { equals: pathOf(after.slug) } },
    req,
    context,
  })
  const data = {
    from,
    to: {
      type: 'reference' as const,
      reference: { relationTo: collection.slug as 'guides', value: doc.id },
    },
    type: '301' as const,
  }
  const { docs } = await req.payload.find({
    collection: 'redirects',
    where: { from: { equals: from } },
    limit: 1,
    depth: 0,
    req,
  })
  if (docs[0])
    await req.payload.update({ collection: 'redirects', id: docs[0].id, data, req, context })
  else await req.payload.create({ collection: 'redirects', data, req, context })
  return doc
}
