import type { CollectionSlug, PayloadRequest, RequestContext } from 'payload'

import { docKey } from './docKey'

/** The slug readers see a document at, or null while it is not published. */
export type Published = { slug: string } | null

/** What readers saw before this save and will see after it commits. */
export type AddressChange = { before: Published; after: Published }

export type MainRow = Record<string, unknown> & { slug?: string; _status?: string }

export type Saved = { id: number | string; slug?: string | null; _status?: string | null }

/** Draft saves never touch the main row, so it holds what readers see. */
export const mainRow = async (
  req: PayloadRequest,
  collection: CollectionSlug,
  id: number | string,
) =>
  (await req.payload.db.findOne({
    collection,
    where: { id: { equals: id } },
    req,
  })) as MainRow | null

const publishedAt = (row: MainRow | null | undefined): Published =>
  row?._status === 'published' && row.slug ? { slug: row.slug } : null

/** Keeps the main row as it was before this save, for the hooks after `notePublishedAddress`. */
export const noteRowBeforeSave = (
  context: RequestContext,
  collection: CollectionSlug,
  id: number | string,
  row: MainRow | null,
) => {
  context.publishedBefore ??= new Map()
  context.publishedBefore.set(docKey(collection, id), row)
}

/**
 * The main row as it was before this save, as `notePublishedAddress` noted it: for the hooks
 * after it that need what readers saw (collections/Guides/hooks/notePublishedRanking.ts).
 */
export const rowBeforeSave = (
  context: RequestContext,
  collection: CollectionSlug,
  id: number | string,
) => context.publishedBefore?.get(docKey(collection, id))

/**
 * Compares the noted address with what readers see once this save commits. A publish writes the
 * main row from the saved document, and a document that was not published stays so unless
 * published; only a published document saved as a draft needs the row (same transaction) to tell
 * a draft save (the row as it was) from an unpublish.
 */
export async function addressChange(
  req: PayloadRequest,
  collection: CollectionSlug,
  doc: Saved,
  context: RequestContext,
): Promise<AddressChange> {
  const before = publishedAt(rowBeforeSave(context, collection, doc.id))
  if (doc._status === 'published' && doc.slug) return { before, after: { slug: doc.slug } }
  if (!before) return { before, after: null }
  const known = (context.addressAfter ??= new Map<string, Published>())
  const key = docKey(collection, doc.id)
  const after = known.get(key) ?? publishedAt(await mainRow(req, collection, doc.id))
  known.set(key, after)
  return { before, after }
}

export const addressMoved = ({ before, after }: AddressChange) =>
  (before?.slug ?? null) !== (after?.slug ?? null)
