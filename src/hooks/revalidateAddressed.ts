import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { TAGS } from '@/lib/cache/tags'
import { revalidateTags } from '@/lib/cache/revalidate'

import { addressChange, addressMoved } from './addressChange'
import { affectsReaders, type Doc } from './affectsReaders'

type ChangeArgs = Parameters<CollectionAfterChangeHook<Doc>>[0]
type DeleteArgs = Parameters<CollectionAfterDeleteHook<Doc>>[0]

/**
 * For documents with an address (guides, pages), called by their own hooks with their tags:
 * expires the document at its old and new slug and the list it is in. When its address moved
 * (published, unpublished, renamed: see src/hooks/addressChange.ts), also everything that links
 * to it and the redirects.
 */
export async function revalidateAddressedChange(
  { collection, doc, previousDoc, context, req }: ChangeArgs,
  tagOf: (slug: string) => string,
  listTag: string,
) {
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

/** A deleted guide or page: its address, its list, the links to it and the redirects. */
export async function revalidateAddressedDelete(
  { doc, context, req }: DeleteArgs,
  tagOf: (slug: string) => string,
  listTag: string,
) {
  if (context.seeding || !doc.slug) return doc
  await revalidateTags(req, [tagOf(doc.slug), listTag, TAGS.links, TAGS.redirects])
  return doc
}
