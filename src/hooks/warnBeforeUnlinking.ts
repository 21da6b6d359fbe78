import type { CollectionAfterChangeHook, PayloadRequest, RequestContext } from 'payload'

import { Conflict } from '@/lib/api/errors'
import { EDITORIAL_COLLECTIONS } from '@/lib/content/editorial'

import { addressChange, type Saved } from './addressChange'

/** Whether this save may unpublish a document that published content links to. */
const mayUnlink = (req: PayloadRequest, context: RequestContext) =>
  context.unlink === true || req.query?.unlink === 'true'

/**
 * Unpublishing a document that published content links to would turn those links into plain
 * text: refused first (409, naming each linking document), unless the save says `?unlink=true`
 * (Local API: `context: { unlink: true }`). Runs inside the save's transaction, so a refusal
 * leaves the document published.
 */
export const warnBeforeUnlinking: CollectionAfterChangeHook<Saved & { id: number }> = async ({
  collection,
  doc,
  req,
  context,
}) => {
  if (context.seeding || mayUnlink(req, context)) return doc
  const { before, after } = await addressChange(req, collection.slug, doc, context)
  if (!before || after) return doc
  const names: string[] = []
  for (const source of EDITORIAL_COLLECTIONS) {
    const { docs } = await req.payload.find({
      collection: source,
      where: {
        linksTo: { equals: { relationTo: collection.slug, value: doc.id } },
        _status: { equals: 'published' },
      },
      draft: false,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    const title = req.payload.collections[source].config.admin?.useAsTitle ?? 'id'
    for (const linking of docs as unknown as Record<string, unknown>[]) {
      if (source === collection.slug && linking.id === doc.id) continue
      names.push(`${source} "${String(linking[title] ?? linking.id)}"`)
    }
  }
  if (names.length === 0) return doc
  throw new Conflict(
    `Published content links here: ${names.join('; ')}. Unpublishing turns those links into plain text. Remove the links first, or unpublish with ?unlink=true to go ahead.`,
    { linkedFrom: names },
  )
}
