import type { PayloadRequest } from 'payload'

import { RELEASABLE, type Releasable } from './versions'

/**
 * The releases still to be published that hold the document, by name: deleting it would leave
 * them a row they cannot publish. Published and reverted releases keep a deleted document's row
 * as "deleted" (its `was` text) and revert the rest without it.
 */
export async function pendingReleasesHolding(
  req: PayloadRequest,
  collection: string,
  id: number | string,
): Promise<string[]> {
  if (!RELEASABLE.includes(collection as Releasable)) return []
  const { docs } = await req.payload.find({
    collection: 'releases',
    where: {
      and: [
        { status: { in: ['open', 'scheduled', 'failed'] } },
        { 'items.doc': { equals: { relationTo: collection, value: Number(id) } } },
      ],
    },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { name: true },
    req,
  })
  return docs.map((release) => `release “${release.name}”`)
}
