import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
  PayloadRequest,
  Where,
} from 'payload'

import { TAGS, revalidateTags } from '@/lib/content/cacheTags'

import { addressChange, addressMoved } from './addresses'

type Doc = { id: number | string; slug?: string; _status?: 'draft' | 'published' | null }

/** Only a change readers can see matters: a publish, an unpublish, or an edit of a published doc. */
const affectsReaders = (doc: Doc, previousDoc?: Doc) =>
  doc._status === 'published' || previousDoc?._status === 'published'

async function guidesWhere(req: PayloadRequest, where: Where): Promise<string[]> {
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
  return docs.map((guide) => TAGS.guide(guide.slug))
}

/**
 * For documents with an address (guides, pages): expires the document at its old and new slug and
 * the list it is in. When its address moved (published, unpublished, renamed: see
 * src/hooks/addresses.ts), also everything that links to it and the redirects.
 */
export const revalidateAddressed = (tagOf: (slug: string) => string, listTag: string) => {
  const afterChange: CollectionAfterChangeHook<Doc> = async ({
    collection,
    doc,
    previousDoc,
    context,
    req,
  }) => {
    if (context.seeding || !affectsReaders(doc, previousDoc)) return doc
    const change = await addressChange(req, collection.slug, doc, context)
    const slugs = [doc.slug, previousDoc?.slug, change.before?.slug, change.after?.slug]
    const moved = addressMoved(change)
    // A renamed guide also changes where the home page points (the site settings cache its slug).
    await revalidateTags(req, [
      ...[...new Set(slugs.filter((s): s is string => Boolean(s)))].map(tagOf),
      listTag,
      ...(moved ? [TAGS.links, TAGS.redirects, TAGS.site] : []),
    ])
    return doc
  }
  const afterDelete: CollectionAfterDeleteHook<Doc> = async ({ doc, context, req }) => {
    if (context.seeding || !doc.slug) return doc
    await revalidateTags(req, [tagOf(doc.slug), listTag, TAGS.links, TAGS.redirects])
    return doc
  }
  return { afterChange: [afterChange], afterDelete: [afterDelete] }
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
    await revalidateTags(req, await guidesWhere(req, { [path]: { equals: doc.id } }))
    return doc
  }
  // No delete hook: a document a guide shows cannot be deleted (src/hooks/guardDeletes.ts), so a
  // delete never changes what a guide shows.
  return { afterChange: [afterChange] }
}

export const revalidateSite: GlobalAfterChangeHook = async ({ doc, context, req }) => {
  // The home guide moves between / and /guides/<slug>: links and redirects follow.
  if (!context.seeding)
    await revalidateTags(req, [TAGS.site, TAGS.guides, TAGS.links, TAGS.redirects])
  return doc as unknown
}

/**
 * The header and footer: on every page. They have drafts: a draft saved after a draft changes
 * nothing readers see (the hook cannot tell a draft save from an unpublish otherwise).
 */
export const revalidateFrame: GlobalAfterChangeHook = async ({
  doc,
  previousDoc,
  context,
  req,
}) => {
  if (!context.seeding && affectsReaders(doc as Doc, previousDoc as Doc | undefined))
    await revalidateTags(req, [TAGS.frame])
  return doc as unknown
}

/** The copy of /llms.txt and the crawler policy of robots.txt. */
export const revalidateAgents: GlobalAfterChangeHook = async ({ doc, context, req }) => {
  if (!context.seeding) await revalidateTags(req, [TAGS.agents])
  return doc as unknown
}

/** A redirect added, changed or removed. */
export const revalidateRedirects = {
  afterChange: [
    (async ({ doc, context, req }) => {
      if (!context.seeding) await revalidateTags(req, [TAGS.redirects])
      return doc as unknown
    }) satisfies CollectionAfterChangeHook,
  ],
  afterDelete: [
    (async ({ doc, context, req }) => {
      if (!context.seeding) await revalidateTags(req, [TAGS.redirects])
      return doc as unknown
    }) satisfies CollectionAfterDeleteHook,
  ],
}
