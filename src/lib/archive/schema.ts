// The portable content file (`npm run export` / `npm run import`): one JSON document with every
// guide, page, framework, criterion, caveat, preview link, redirect and media record (metadata
// only), drafts included, and the site, header, footer and AI agents settings. Export and import
// share this schema. Only its envelope is written here; each document's fields come from the
// collection's or global's config (./fields.ts). Objects are strict, so a field the schema doesn't
// know stops an export instead of silently going missing, and parsing rebuilds every object in
// schema order, which keeps the file byte-stable.
import type { FlattenedField, SanitizedConfig } from 'payload'
import { z } from 'zod'

import { EDITORIAL_COLLECTIONS, type EditorialCollection } from '@/lib/content/editorial'
import type { Config } from '@/payload-types'

import { id, objectOf, timestamp, type FieldRules } from './fields'

export const FORMAT = 'guide-content'
/**
 * 2: pages, redirects, the header and footer, links by reference (a link's `doc`); within 2, the
 * AI agents settings and review comments.
 */
export const FORMAT_VERSION = 2

/**
 * Restore order. Every relationship points into a collection restored before it, except links to
 * guides and pages (a link's `doc`, `linksTo`), which may point anywhere, in cycles too: those are
 * written in a second pass, once every document exists (./importContent.ts).
 */
export const COLLECTIONS = [
  'media',
  'criteria',
  'frameworks',
  'caveats',
  'guides',
  'pages',
  'preview-links',
  'redirects',
  'review-comments',
] as const
/** Where each editorial collection is restored: what guides and pages point at comes first. */
const RESTORE_ORDER: Record<EditorialCollection, number> = {
  criteria: 0,
  frameworks: 1,
  caveats: 2,
  guides: 3,
  pages: 4,
}
/** The editorial collections, whose versions the archive carries, in restore order. */
export const VERSIONED = [...EDITORIAL_COLLECTIONS].sort(
  (a, b) => RESTORE_ORDER[a] - RESTORE_ORDER[b],
)
/** Restored after every collection: they point into guides, pages and media. */
export const GLOBALS = ['site', 'header', 'footer', 'agents'] as const

export type ArchivedCollection = (typeof COLLECTIONS)[number]
export type VersionedCollection = (typeof VERSIONED)[number]
export type ArchivedGlobal = (typeof GLOBALS)[number]

/** What Payload computes on read (a virtual field, file URLs) and the link to users: never read. */
export const NOT_READ = {
  'preview-links': { url: false, createdBy: false },
  // Who overrode "Publishing needs an approval" is an account (src/fields/approval.ts).
  guides: { approvalOverride: { by: false } },
  pages: { approvalOverride: { by: false } },
  // A marketer's reply names its author, an account.
  'review-comments': { author: false },
  media: {
    url: false,
    thumbnailURL: false,
    sizes: { thumbnail: { url: false }, card: { url: false }, wide: { url: false } },
  },
} as const

/**
 * Written by the envelope (`id`, timestamps), derived again on import (`linksTo`, from the links in
 * the content), or the version's state, which the envelope says by `published` and `draft`.
 */
const ENVELOPE_FIELDS = ['id', 'createdAt', 'updatedAt', '_status', 'linksTo']

/** Added within version 2: a file written before them lacks them, and imports without them. */
const ADDED_WITHIN_VERSION = new Set([
  'agents',
  'review-comments',
  'guides.changesSection',
  'site.labels.guidesIndexDescription',
])

const notRead = (slug: string, path: string) => {
  const select: unknown = NOT_READ[slug as keyof typeof NOT_READ]
  return (
    path.split('.').reduce<unknown>((at, key) => (at as Record<string, unknown>)?.[key], select) ===
    false
  )
}

/**
 * What the file holds of a field: not joins (other documents' relationships, read back), nor what
 * points only outside the archive (users, releases), nor what is computed on read. A relationship
 * that may point inside or out (a review comment's document: a guide, a page or a release) is
 * kept; the export leaves out what points out, and the check refuses it.
 */
const rulesFor = (slug: string, draft: boolean): FieldRules => ({
  draft,
  archived: (field: FlattenedField, path: string) =>
    field.type !== 'join' &&
    !('virtual' in field && field.virtual) &&
    !('relationTo' in field && [field.relationTo].flat().every((to) => !isArchived(to))) &&
    !(path === field.name && ENVELOPE_FIELDS.includes(path)) &&
    !notRead(slug, path),
  mayBeMissing: (path) => ADDED_WITHIN_VERSION.has(`${slug}.${path}`),
})

const isArchived = (slug: string): slug is ArchivedCollection =>
  (COLLECTIONS as readonly string[]).includes(slug)

export const isVersioned = (collection: ArchivedCollection): collection is VersionedCollection =>
  (VERSIONED as readonly string[]).includes(collection)

/** The collections and globals the archive is derived from (the app's config, or a synthetic one). */
export type Schemas = Pick<SanitizedConfig, 'collections' | 'globals'>

export function fieldsOf(config: Schemas, kind: 'collections' | 'globals', slug: string) {
  const found = config[kind].find((entry) => entry.slug === slug)
  if (!found)
    throw new Error(`The archive needs the ${slug} ${kind.slice(0, -1)}: it is not in the config`)
  return found.flattenedFields
}

function collectionSchema(config: Schemas, slug: ArchivedCollection) {
  const fields = fieldsOf(config, 'collections', slug)
  if (!isVersioned(slug)) {
    return objectOf(fields, rulesFor(slug, false), '', {
      id,
      createdAt: timestamp,
      updatedAt: timestamp,
    })
  }
  // A versioned document as readers see it (`published`) and as editors see it (`draft`, only when
  // it differs: a draft saved after the last publish, or a document never published).
  const state = (draft: boolean) =>
    objectOf(fields, rulesFor(slug, draft), '', { updatedAt: timestamp }).nullable()
  return z.strictObject({ id, createdAt: timestamp, published: state(false), draft: state(true) })
}

const cache = new WeakMap<Schemas, z.ZodType<ContentArchive>>()

/** The archive's schema for an app's config (the collections and globals it was built from). */
export function archiveSchemaOf(config: Schemas): z.ZodType<ContentArchive> {
  const cached = cache.get(config)
  if (cached) return cached
  const shape: Record<string, z.ZodType> = {
    format: z.literal(FORMAT),
    version: z.literal(FORMAT_VERSION),
  }
  // The records only: the image files stay where they are stored (DATA_DIR/media or the bucket).
  for (const slug of COLLECTIONS) {
    const docs = z.array(collectionSchema(config, slug))
    // A file written before the collection was archived holds none of it.
    shape[slug] = ADDED_WITHIN_VERSION.has(slug) ? docs.default([]) : docs
  }
  for (const slug of GLOBALS) {
    // A global's stored fields; null until it is first saved.
    const fields = fieldsOf(config, 'globals', slug)
    const global = objectOf(fields, rulesFor(slug, false), '', {
      createdAt: timestamp,
      updatedAt: timestamp,
    }).nullable()
    shape[slug] = ADDED_WITHIN_VERSION.has(slug) ? global.optional() : global
  }
  const schema = z.strictObject(shape) as unknown as z.ZodType<ContentArchive>
  cache.set(config, schema)
  return schema
}

// The file's types, from the same configs by way of the generated types.
type Docs = Config['collections']
/**
 * A stored value as the export reads it (depth 0): a relationship holds an id, never the document
 * the generated type also allows, and a group is always there.
 */
type Stored<T> = T extends (infer Row)[]
  ? Stored<Row>[]
  : T extends { id: number; createdAt: string }
    ? never
    : T extends object
      ? Fields<T>
      : T
type Fields<T> = { -readonly [K in keyof T]-?: Stored<T[K]> }
type Joins<C> = C extends keyof Config['collectionsJoins']
  ? keyof Config['collectionsJoins'][C]
  : never
type Snapshot<C extends VersionedCollection> = Fields<
  Omit<Docs[C], 'id' | 'createdAt' | '_status' | 'linksTo' | 'updatedBy' | Joins<C>>
>
type Versioned<C extends VersionedCollection> = {
  id: number
  createdAt: string
  published: Snapshot<C> | null
  /** Saved without validation: a field the type calls required may be null. */
  draft: Snapshot<C> | null
}
type Unversioned = Exclude<ArchivedCollection, VersionedCollection>
type NotRead<C> = C extends keyof typeof NOT_READ ? keyof (typeof NOT_READ)[C] : never
/** Without `release`: a share link for a release is not archived (./exportContent.ts). */
type Record_<C extends Unversioned> = Fields<Omit<Docs[C], NotRead<C> | 'release'>>
type Global<G extends ArchivedGlobal> = Fields<
  Omit<Config['globals'][G], 'id' | 'globalType' | '_status'>
> & { createdAt: string; updatedAt: string }

export type ContentArchive = { format: typeof FORMAT; version: typeof FORMAT_VERSION } & {
  [C in VersionedCollection]: Versioned<C>[]
} & { [C in Unversioned]: Record_<C>[] } & {
  [G in Exclude<ArchivedGlobal, 'agents'>]: Global<G> | null
} & { agents?: Global<'agents'> | null }
