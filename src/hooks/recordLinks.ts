import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { LINKABLE } from '@/fields/link'
import { linkTargetsIn } from '@/lib/content/linkTargets'
import type { LinkTarget } from '@/lib/content/links'

/** Keeps only the targets that exist: a link to a deleted document is no reference. */
async function existing(req: PayloadRequest, targets: LinkTarget[]): Promise<LinkTarget[]> {
  const kept: LinkTarget[] = []
  for (const collection of LINKABLE) {
    const ids = targets.filter((t) => t.relationTo === collection).map((t) => t.value)
    if (ids.length === 0) continue
    const { docs } = await req.payload.find({
      collection,
      where: { id: { in: ids } },
      draft: true,
      depth: 0,
      pagination: false,
      select: {},
      overrideAccess: true,
      req,
    })
    kept.push(...docs.map((doc) => ({ relationTo: collection, value: doc.id })))
  }
  return kept
}

/**
 * `linksTo` (src/fields/linksTo.ts): every guide and page this document links to, in rich text or
 * link fields, kept by each save. Drafts keep their own; the main row holds what the published
 * version links to.
 */
export const recordLinks: CollectionBeforeChangeHook = async ({ collection, data, req }) => {
  data.linksTo = await existing(req, linkTargetsIn(collection.flattenedFields, data))
  return data
}
