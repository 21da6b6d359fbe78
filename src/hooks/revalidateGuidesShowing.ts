import type { CollectionAfterChangeHook, Where } from 'payload'

import { TAGS } from '@/lib/cache/tags'
import { revalidateTags } from '@/lib/cache/revalidate'

import { affectsReaders, type Doc } from './affectsReaders'

type Args = Parameters<CollectionAfterChangeHook<Doc>>[0]

/**
 * For documents a guide shows (frameworks, criteria, caveats), called by their own hooks:
 * revalidates exactly the guides that reference the document at `path` in the guide (e.g.
 * 'ranking.framework'). No delete hook: a document a guide shows cannot be deleted
 * (src/hooks/guardDeletes.ts), so a delete never changes what a guide shows.
 */
export async function revalidateGuidesShowing(
  { doc, previousDoc, req, context }: Args,
  path: string,
) {
  if (context.seeding || !affectsReaders(doc, previousDoc)) return doc
  const where: Where = { [path]: { equals: doc.id } }
  const { docs } = await req.payload.find({
    collection: 'guides',
    where,
    depth: 0,
    pagination: false,
    select: { slug: true },
    // Inside the write's transaction: a release publishing the guide and the framework together
    // must see the guide it just published.
    req,
  })
  await revalidateTags(
    req,
    docs.map((guide) => TAGS.guide(guide.slug)),
  )
  return doc
}
