import type {
  CollectionAfterChangeHook,
  Field,
  CollectionSlug,
  CollectionAfterDeleteHook,
  CollectionBeforeDeleteHook,
  CollectionBeforeChangeHook,
  JoinField,
  PayloadRequest,
  RelationshipField,
} from 'payload'

import { LINKABLE } from '@/fields/link'
import { Conflict } from '@/lib/api/errors'
import { EDITORIAL_COLLECTIONS } from '@/lib/content/editorial'
import { linkTargetsIn, type LinkTarget } from '@/lib/content/links'

/** The slug readers see a document at, or null while it is not published. */
export type Published = { slug: string } | null

/** What readers saw before this save and will see after it commits. */
export type AddressChange = { before: Published; after: Published }

const beforeKey = (collection: string, id: unknown) => `publishedBefore:${collection}:${String(id)}`

type MainRow = Record<string, unknown> & { slug?: string; _status?: string }

/** Draft saves never touch the main row, so it holds what readers see. */
const mainRow = async (req: PayloadRequest, collection: CollectionSlug, id: number | string) =>
  (await req.payload.db.findOne({
    collection,
    where: { id: { equals: id } },
    req,
  })) as MainRow | null

const publishedAt = (row: MainRow | null | undefined): Published =>
  row?._status === 'published' && row.slug ? { slug: row.slug } : null

/**
 * The main row as it was before this save, as `notePublishedAddress` noted it: for other
 * beforeChange hooks after it that need what readers saw (src/lib/releases/changelog.ts).
 */
export const rowBeforeSave = (
  context: Record<string, unknown>,
  collection: CollectionSlug,
  id: number | string,
) => context[beforeKey(collection, id)] as MainRow | null | undefined

/**
 * Notes the address readers know before a save: a rename made in drafts and then published
 * still moves the address from the published slug.
 */
export const notePublishedAddress: CollectionBeforeChangeHook = async ({
  collection,
  operation,
  originalDoc,
  req,
  context,
}) => {
  const id = (originalDoc as { id?: number } | undefined)?.id
  if (operation !== 'update' || id === undefined) return
  context[beforeKey(collection.slug, id)] = await mainRow(req, collection.slug, id)
}

type Saved = { id: number | string; slug?: string | null; _status?: string | null }

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
  context: Record<string, unknown>,
): Promise<AddressChange> {
  const before = publishedAt(rowBeforeSave(context, collection, doc.id))
  if (doc._status === 'published' && doc.slug) return { before, after: { slug: doc.slug } }
  if (!before) return { before, after: null }
  const key = `addressAfter:${collection}:${String(doc.id)}`
  context[key] ??= publishedAt(await mainRow(req, collection, doc.id))
  return { before, after: context[key] as Published }
}

export const addressMoved = ({ before, after }: AddressChange) =>
  (before?.slug ?? null) !== (after?.slug ?? null)

/**
 * When a published document is published under a new slug, its old path answers 301 to it. The
 * redirect points at the document, not at a path, so later renames never make a chain; a redirect
 * from the document's new path (it had this slug before) goes, or it would shadow the document.
 */
export const redirectMovedAddress = (
  pathOf: (slug: string) => string,
): CollectionAfterChangeHook<Saved & { id: number }> =>
  async function redirectMovedAddress({ collection, doc, req, context }) {
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

/** Whether this save may unpublish a document that published content links to. */
const mayUnlink = (req: PayloadRequest, context: Record<string, unknown>) =>
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
  for (const source of LINK_SOURCES) {
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
 * `linksTo`: every guide and page this document links to, in rich text or link fields, kept by
 * each save. Drafts keep their own; the main row holds what the published version links to. It
 * feeds each document's "Linked from" and the delete guard (src/hooks/guardDeletes.ts).
 */
export const recordLinks: CollectionBeforeChangeHook = async ({ data, req }) => {
  data.linksTo = await existing(req, linkTargetsIn({ ...data, linksTo: undefined }))
  return data
}

export const linksToField: RelationshipField = {
  name: 'linksTo',
  type: 'relationship',
  relationTo: [...LINKABLE],
  hasMany: true,
  index: true,
  admin: { hidden: true },
}

const LINK_SOURCES = EDITORIAL_COLLECTIONS

/**
 * Published content that links to this document (by reference), one list per kind of document
 * (a join is read from one collection at a time).
 */
export const linkedFromFields = (): Field[] =>
  LINK_SOURCES.map((source): JoinField => ({
    name: `linkedFrom${source[0]!.toUpperCase()}${source.slice(1)}`,
    label: `Linked from ${source}`,
    type: 'join',
    collection: source,
    on: 'linksTo',
    where: { _status: { equals: 'published' } },
    admin: { allowCreate: false },
  }))

/** Shown above those lists: what unpublishing or deleting does to the links. */
export const LINKED_FROM_NOTE =
  'Published content that links here. While it does, this cannot be deleted, and unpublishing it is refused with their names first (it would turn those links into plain text).'

/** A document's share links go with it: a link to a deleted guide or page can show nothing. */
export const deleteShareLinks: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
  await req.payload.delete({
    collection: 'preview-links',
    where: { [collection.slug === 'pages' ? 'page' : 'guide']: { equals: id } },
    overrideAccess: true,
    req,
  })
}

/**
 * Everything a document with a public address needs: its links recorded, its address watched
 * (redirect on rename, links and lists expired), its share links removed with it.
 */
export const addressedHooks = ({
  pathOf,
  revalidate,
}: {
  pathOf: (slug: string) => string
  revalidate: { afterChange: CollectionAfterChangeHook[]; afterDelete: CollectionAfterDeleteHook[] }
}) => ({
  beforeChange: [recordLinks, notePublishedAddress],
  afterChange: [warnBeforeUnlinking, redirectMovedAddress(pathOf), ...revalidate.afterChange],
  beforeDelete: [deleteShareLinks],
  afterDelete: revalidate.afterDelete,
})
