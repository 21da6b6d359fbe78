// The import restores stored rows through the database adapter (payload.db), below Payload's
// operations, because restoring is not editing: ids, timestamps and versions come back as they
// were, no hook fires (nothing to revalidate: there is no Next server; proxies are purged once, after
// the commit), and rules meant for editors
// don't apply (a preview link that has expired since, a media record whose file isn't uploaded).
// The archive was checked in full before (./check.ts); the writes share one transaction, so a
// failure midway leaves the database as it was.
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres/drizzle'
import {
  commitTransaction,
  createLocalReq,
  type FlattenedField,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'

import { purgeContentNow } from '@/lib/cache/purgeContent'
import { TAGS } from '@/lib/cache/tags'
import { linkTargetsIn } from '@/lib/content/linkTargets'
import { linkKey, type LinkTarget } from '@/lib/content/links'

import { ArchiveError } from './check'
import { withDraftRestored } from './reviewComments'
import {
  COLLECTIONS,
  GLOBALS,
  VERSIONED,
  type ArchivedCollection,
  type ContentArchive,
  type VersionedCollection,
} from './schema'

type ArchivedDoc = ContentArchive[ArchivedCollection][number]
type Comment = ContentArchive['review-comments'][number]
const ROWS_FIRST = COLLECTIONS.filter((collection) => collection !== 'review-comments')
type VersionedDoc = ContentArchive[VersionedCollection][number]
type Content = Record<string, unknown>

/**
 * Restores an archive into a database that holds no guide content yet. Guides and pages may link
 * to each other in any direction, cycles included (a guide's CTA to a page whose callout links
 * back), and every relationship is a foreign key, so no order of documents suits them all. Two
 * passes instead: first every document's row, in COLLECTIONS order, with its links to guides and
 * pages held back; then, with every document in place, those links and the version history.
 */
export async function importContent(payload: Payload, archive: ContentArchive): Promise<void> {
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    await refuseUnlessEmpty(payload, req)
    const linkable = new Set([
      ...archive.guides.map((doc) => linkKey('guides', doc.id)),
      ...archive.pages.map((doc) => linkKey('pages', doc.id)),
    ])
    await eachDocument(archive, ROWS_FIRST, (collection, doc) =>
      restoreRow(payload, collection, doc, req),
    )
    await eachDocument(archive, VERSIONED, (collection, doc) =>
      restoreLinksAndVersions(payload, collection, doc as VersionedDoc, linkable, req),
    )
    // Review comments name their document's current draft: once its versions are in place.
    await eachDocument(archive, ['review-comments'], async (collection, doc) =>
      restoreRow(payload, collection, await withDraftRestored(doc as Comment, req), req),
    )
    // After every collection: the settings point into guides, pages and media.
    for (const slug of GLOBALS) {
      const data = archive[slug]
      if (!data) continue
      if (!hasDrafts(payload, slug)) {
        await payload.db.updateGlobal({ slug, data: { ...data }, req, returning: false })
        continue
      }
      // The header and footer have drafts: published, and that published version is their first
      // (the one a release holding them restores on a revert).
      const published = { ...data, _status: 'published' }
      await payload.db.updateGlobal({ slug, data: published, req, returning: false })
      await payload.db.createGlobalVersion({
        globalSlug: slug,
        versionData: published,
        autosave: false,
        createdAt: data.updatedAt,
        updatedAt: data.updatedAt,
        req,
        returning: false,
      })
    }
    await advanceIdSequences(payload, archive)
    await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    throw error
  }
  // A proxy in front (PURGE_URLS) may still hold the pages of the site this database replaces.
  await purgeContentNow(importedTags(archive))
}

/** Every tag the imported content is cached under: each guide and page, and every shared one. */
function importedTags(archive: ContentArchive): string[] {
  return [
    ...Object.values(TAGS).filter(
      (tag): tag is Extract<typeof tag, string> => typeof tag === 'string',
    ),
    // Only a published document has a page to purge.
    ...archive.guides.flatMap((doc) =>
      doc.published?.slug ? [TAGS.guide(doc.published.slug)] : [],
    ),
    ...archive.pages.flatMap((doc) => (doc.published?.slug ? [TAGS.page(doc.published.slug)] : [])),
  ]
}

const hasDrafts = (payload: Payload, slug: string) =>
  Boolean(payload.config.globals.find((global) => global.slug === slug)?.versions?.drafts)

async function refuseUnlessEmpty(payload: Payload, req: PayloadRequest) {
  const held: string[] = []
  for (const collection of COLLECTIONS) {
    const { totalDocs } = await payload.count({ collection, req })
    if (totalDocs > 0) held.push(`${collection}: ${totalDocs}`)
  }
  if (held.length > 0) {
    throw new ArchiveError(
      `Import refused: this database already holds guide content (${held.join(', ')}). ` +
        'Import only into an empty database; nothing was written.',
    )
  }
}

/** Runs `restore` on each document of `collections`, in order; a refusal names the document. */
async function eachDocument<C extends ArchivedCollection>(
  archive: ContentArchive,
  collections: readonly C[],
  restore: (collection: C, doc: ArchivedDoc) => Promise<void>,
) {
  for (const collection of collections) {
    for (const [index, doc] of (archive[collection] as ArchivedDoc[]).entries()) {
      await restore(collection, doc).catch((error: unknown) => {
        throw new ArchiveError(
          `Import failed, nothing was written: ${collection}[${index}] (id ${doc.id}) was refused by the database: ${reason(error)}`,
        )
      })
    }
  }
}

/**
 * Pass one: the document's row. For a versioned document that is what readers get, the published
 * content, else the draft, without its links to guides and pages: they may point at a document
 * not restored yet. Everything else it points at (media, frameworks, a ranking's guide) is in place.
 */
async function restoreRow(
  payload: Payload,
  collection: ArchivedCollection,
  doc: ArchivedDoc,
  req: PayloadRequest,
) {
  const data =
    'published' in doc
      ? {
          ...(withoutLinkedDocs(doc.published ?? doc.draft) as Content),
          _status: doc.published ? 'published' : 'draft',
          createdAt: doc.createdAt,
        }
      : { ...doc }
  await payload.db.create({ collection, customID: doc.id, data, req, returning: false })
}

/**
 * Pass two: the row again, whole, with `linksTo` derived as the beforeChange hook derives it
 * (src/hooks/recordLinks.ts); then each version, with its own.
 */
async function restoreLinksAndVersions(
  payload: Payload,
  collection: VersionedCollection,
  { id, createdAt, published, draft }: VersionedDoc,
  linkable: Set<string>,
  req: PayloadRequest,
) {
  const { flattenedFields } = payload.collections[collection].config
  const withLinks = (content: Content, status: 'published' | 'draft') => ({
    ...content,
    _status: status,
    createdAt,
    linksTo: linksTo(flattenedFields, content, linkable),
  })
  await payload.db.updateOne({
    collection,
    id,
    data: withLinks((published ?? draft)!, published ? 'published' : 'draft'),
    req,
    returning: false,
  })
  // Oldest first: createVersion marks the newest version of a document as its latest.
  for (const [status, version] of [
    ['published', published],
    ['draft', draft],
  ] as const) {
    if (!version) continue
    await payload.db.createVersion({
      collectionSlug: collection,
      parent: id,
      versionData: withLinks(version, status),
      autosave: false,
      createdAt: version.updatedAt,
      updatedAt: version.updatedAt,
      req,
      returning: false,
    })
  }
}

/**
 * `value` with every link's document (src/fields/link.ts: `{ linkType, doc, url }`) left empty.
 * Rich text stays as it is: its links are JSON, which no foreign key checks.
 */
function withoutLinkedDocs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutLinkedDocs)
  if (typeof value !== 'object' || value === null || 'root' in value) return value
  const copy = Object.fromEntries(
    Object.entries(value).map(([key, child]) => [key, withoutLinkedDocs(child)]),
  )
  return 'linkType' in value ? { ...copy, doc: null } : copy
}

/** The guides and pages `content` links to, leaving out any that is not in the archive. */
const linksTo = (fields: FlattenedField[], content: Content, linkable: Set<string>): LinkTarget[] =>
  linkTargetsIn(fields, content).filter((target) =>
    linkable.has(linkKey(target.relationTo, target.value)),
  )

/** Payload's field errors ("slug: Value must be unique"), else the error's message. */
function reason(error: unknown): string {
  const fields = (error as { data?: { errors?: { message: string; path: string }[] } }).data?.errors
  if (fields?.length) return fields.map((field) => `${field.path}: ${field.message}`).join('; ')
  return error instanceof Error ? error.message : String(error)
}

/**
 * The rows were written with their own ids, not ones Postgres' id sequences handed out: each
 * sequence moves past the highest id, or the next document created in the admin would collide.
 * (setval is never rolled back, so it needs no transaction: a failed import leaves a gap in ids.)
 */
async function advanceIdSequences(payload: Payload, archive: ContentArchive) {
  const db = payload.db as unknown as PostgresAdapter
  for (const collection of COLLECTIONS) {
    const highest = Math.max(0, ...archive[collection].map((doc) => doc.id))
    if (highest === 0) continue
    const table = `"${db.schemaName ?? 'public'}"."${db.tableNameMap.get(collection.replaceAll('-', '_'))}"`
    await db.drizzle.execute(sql`SELECT setval(pg_get_serial_sequence(${table}, 'id'), ${highest})`)
  }
}
