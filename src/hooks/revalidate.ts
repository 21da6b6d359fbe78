import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
  Payload,
  Where,
} from 'payload'

import { TAGS, revalidateTags } from '@/lib/content/cacheTags'

type Doc = { id: number | string; slug?: string; _status?: 'draft' | 'published' | null }

/** Only a change readers can see matters: a publish, an unpublish, or an edit of a published doc. */
const affectsReaders = (doc: Doc, previousDoc?: Doc) =>
  doc._status === 'published' || previousDoc?._status === 'published'

async function guidesWhere(payload: Payload, where: Where): Promise<string[]> {
  const { docs } = await payload.find({
    collection: 'guides',
    where,
    depth: 0,
    pagination: false,
    select: { slug: true },
  })
  return docs.map((guide) => TAGS.guide(guide.slug))
}

export const revalidateGuide: CollectionAfterChangeHook<Doc> = async ({
  doc,
  previousDoc,
  context,
}) => {
  if (context.seeding || !affectsReaders(doc, previousDoc)) return doc
  const slugs = new Set([doc.slug, previousDoc?.slug].filter((s): s is string => Boolean(s)))
  // A new slug also changes where the home page points (the site settings cache its slug).
  const renamed = previousDoc?.slug !== undefined && previousDoc.slug !== doc.slug
  await revalidateTags([
    ...[...slugs].map(TAGS.guide),
    TAGS.guides,
    ...(renamed ? [TAGS.site] : []),
  ])
  return doc
}

export const revalidateDeletedGuide: CollectionAfterDeleteHook<Doc> = async ({ doc, context }) => {
  if (context.seeding || !doc.slug) return doc
  await revalidateTags([TAGS.guide(doc.slug), TAGS.guides])
  return doc
}

/**
 * For documents a guide shows (frameworks, criteria, caveats): revalidates exactly the guides that
 * reference the document at `path` in the guide (e.g. 'ranking.framework').
 */
export const revalidateGuidesShowing = (path: string) => {
  const afterChange: CollectionAfterChangeHook<Doc> = async ({
    doc,
    previousDoc,
    req,
    context,
  }) => {
    if (context.seeding || !affectsReaders(doc, previousDoc)) return doc
    await revalidateTags(await guidesWhere(req.payload, { [path]: { equals: doc.id } }))
    return doc
  }
  // No delete hook: a document a guide shows cannot be deleted (src/hooks/guardDeletes.ts), so a
  // delete never changes what a guide shows.
  return { afterChange: [afterChange] }
}

export const revalidateSite: GlobalAfterChangeHook = async ({ doc, context }) => {
  if (!context.seeding) await revalidateTags([TAGS.site, TAGS.guides])
  return doc as unknown
}
