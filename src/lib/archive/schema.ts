// The portable content file (`npm run export` / `npm run import`): one JSON document with every
// guide, page, framework, criterion, caveat, preview link, redirect and media record (metadata
// only), drafts included, and the site, header, footer and AI agents settings. Export and import share this
// schema. Objects are strict, so a field the schema doesn't know stops an export instead of silently
// going missing, and parsing rebuilds every object in schema order, which keeps the file byte-stable.
import { z } from 'zod'

import { AI_CRAWLER_AGENTS } from '@/lib/agents/crawlers'
import { EDITORIAL_COLLECTIONS, type EditorialCollection } from '@/lib/content/editorial'

export const FORMAT = 'guide-content'
/** 2: pages, redirects, the header and footer, links by reference (a link's `doc`). */
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

const id = z.number().int().positive()
const rowId = z.string()
const timestamp = z.iso.datetime()
const optionalText = z.string().nullish()
const optionalNumber = z.number().nullish()

/** Lexical JSON, kept as stored: only its root is checked. */
const richText = z.custom<{ root: { type: 'root'; children: unknown[] } }>((value) => {
  const root = (value as { root?: { type?: unknown; children?: unknown } } | null)?.root
  return root?.type === 'root' && Array.isArray(root.children)
}, 'expected rich text: { "root": { "type": "root", "children": [ … ] } }')

/** A document with a public address, as a polymorphic relationship holds it. */
const reference = z.strictObject({ relationTo: z.enum(['guides', 'pages']), value: id })

/**
 * src/fields/link.ts: a guide or page by reference, or a URL. Both may be stored whichever type is
 * chosen (switching type keeps the other value), so both are kept.
 */
const link = {
  linkType: z.enum(['internal', 'custom']).nullish(),
  doc: reference.nullish(),
  url: optionalText,
}

/** A link in the header or footer: a label and a link. */
const linkRow = z.strictObject({ id: rowId, label: z.string(), ...link })

/**
 * The stored fields of the versioned collections. Published content passed Payload's validation;
 * drafts are saved without it, so any field of a draft may be empty. `linksTo` is left out: it is
 * derived from the links in the content, and the import computes it again.
 */
function editorialFields(draft: boolean) {
  const required = <T extends z.ZodType>(schema: T) => (draft ? schema.nullish() : schema)
  const text = required(z.string())
  /** A block of a page's layout (src/blocks): its row id and name are kept like array rows'. */
  const block = <T extends string, S extends z.ZodRawShape>(blockType: T, shape: S) =>
    z.strictObject({
      id: rowId,
      blockName: optionalText,
      blockType: z.literal(blockType),
      ...shape,
    })
  return {
    criteria: { name: text, question: optionalText },
    frameworks: {
      name: text,
      slug: text,
      language: text,
      buildModel: text,
      bestFor: text,
      blurb: required(richText),
      declaredBias: z.boolean().nullish(),
    },
    caveats: { label: text, body: required(richText), framework: id.nullish() },
    guides: {
      title: text,
      slug: text,
      updatedLabel: text,
      dek: text,
      criteriaSection: z.strictObject({
        heading: text,
        intro: richText.nullish(),
        criteria: z.array(id).nullish(),
        outro: richText.nullish(),
      }),
      // Row ids are kept: the admin and the version history refer to rows by them.
      ranking: z.array(z.strictObject({ id: rowId, framework: required(id) })).nullish(),
      tableLabels: z.strictObject({
        rank: text,
        framework: text,
        language: text,
        buildModel: text,
        bestFor: text,
        caption: text,
      }),
      declaredBiasLabel: text,
      crossLink: richText.nullish(),
      caveatsSection: z.strictObject({ heading: text, caveats: z.array(id).nullish() }),
      changesSection: z
        .strictObject({
          heading: text,
          intro: optionalText,
          position: z.enum(['afterRanking', 'afterCaveats', 'end']),
          limit: z.number(),
          revertedLabel: text,
          feedLabel: text,
        })
        .optional(),
      cta: z.strictObject({
        heading: text,
        text: optionalText,
        linkLabel: optionalText,
        ...link,
      }),
      meta: z.strictObject({ title: optionalText, description: optionalText }),
    },
    pages: {
      title: text,
      slug: text,
      dek: optionalText,
      layout: z
        .array(
          z.discriminatedUnion('blockType', [
            block('prose', { content: required(richText) }),
            block('callout', { text, linkLabel: text, ...link }),
            block('cta', { heading: text, text: optionalText, linkLabel: optionalText, ...link }),
            block('ranking', { heading: optionalText, guide: required(id) }),
            block('faq', {
              heading: text,
              items: z
                .array(z.strictObject({ id: rowId, question: text, answer: required(richText) }))
                .nullish(),
            }),
          ]),
        )
        .nullish(),
      meta: z.strictObject({
        title: optionalText,
        description: optionalText,
        image: id.nullish(),
      }),
    },
  }
}

const published = editorialFields(false)
const draft = editorialFields(true)

/**
 * A versioned document as readers see it (`published`) and as editors see it (`draft`, only when
 * it differs: a draft saved after the last publish, or a document never published).
 */
function versioned<P extends z.ZodRawShape, D extends z.ZodRawShape>(
  publishedShape: P,
  draftShape: D,
) {
  return z.strictObject({
    id,
    createdAt: timestamp,
    published: z.strictObject({ updatedAt: timestamp, ...publishedShape }).nullable(),
    draft: z.strictObject({ updatedAt: timestamp, ...draftShape }).nullable(),
  })
}

const imageSize = z.strictObject({
  width: optionalNumber,
  height: optionalNumber,
  mimeType: optionalText,
  filesize: optionalNumber,
  filename: optionalText,
})

/** A global's stored fields; null until it is first saved. */
const global = <S extends z.ZodRawShape>(shape: S) =>
  z.strictObject({ createdAt: timestamp, updatedAt: timestamp, ...shape }).nullable()

export const archiveSchema = z.strictObject({
  format: z.literal(FORMAT),
  version: z.literal(FORMAT_VERSION),
  // The records only: the image files stay where they are stored (DATA_DIR/media or the bucket).
  media: z.array(
    z.strictObject({
      id,
      createdAt: timestamp,
      updatedAt: timestamp,
      alt: z.string(),
      // Where the storage plugin (src/lib/media/storage.ts) keeps the file: local disk or an S3 bucket.
      prefix: optionalText,
      _objectKey: optionalText,
      filename: optionalText,
      mimeType: optionalText,
      filesize: optionalNumber,
      width: optionalNumber,
      height: optionalNumber,
      focalX: optionalNumber,
      focalY: optionalNumber,
      sizes: z.strictObject({ thumbnail: imageSize, card: imageSize, wide: imageSize }),
    }),
  ),
  criteria: z.array(versioned(published.criteria, draft.criteria)),
  frameworks: z.array(versioned(published.frameworks, draft.frameworks)),
  caveats: z.array(versioned(published.caveats, draft.caveats)),
  guides: z.array(versioned(published.guides, draft.guides)),
  pages: z.array(versioned(published.pages, draft.pages)),
  // Without `createdBy`: users are not exported. For one guide or one page (./check.ts).
  'preview-links': z.array(
    z.strictObject({
      id,
      createdAt: timestamp,
      updatedAt: timestamp,
      guide: id.nullish(),
      page: id.nullish(),
      note: optionalText,
      expiresAt: timestamp,
      revoked: z.boolean().nullish(),
    }),
  ),
  // @payloadcms/plugin-redirects (collections/Redirects.ts): old paths, to a document or a URL.
  redirects: z.array(
    z.strictObject({
      id,
      createdAt: timestamp,
      updatedAt: timestamp,
      from: z.string(),
      to: z.strictObject({
        type: z.enum(['reference', 'custom']).nullish(),
        reference: reference.nullish(),
        url: optionalText,
      }),
      type: z.enum(['301', '302']),
    }),
  ),
  site: global({
    homeGuide: id,
    icon: id.nullish(),
    previewBanner: z.strictObject({ message: z.string(), exitLabel: z.string() }),
    publisher: z.strictObject({ name: z.string(), url: optionalText }),
    labels: z.strictObject({
      skipLink: z.string(),
      contents: z.string(),
      copyLink: z.string(),
      linkCopied: z.string(),
      guidesIndex: z.string(),
      // Added within version 2: a file written before it imports with the default.
      guidesIndexDescription: z.string().optional(),
      notFound: z.string(),
      notFoundHint: z.string(),
    }),
  }),
  header: global({
    siteName: z.string(),
    logo: id.nullish(),
    navigation: z.array(linkRow).nullish(),
    labels: z.strictObject({ navigation: z.string(), menu: z.string() }),
  }),
  footer: global({
    groups: z
      .array(z.strictObject({ id: rowId, heading: z.string(), links: z.array(linkRow).nullish() }))
      .nullish(),
    legal: optionalText,
  }),
  // Added within version 2: a file written before it has no `agents`, and imports without it.
  agents: global({
    summary: z.string(),
    details: optionalText,
    sections: z.strictObject({
      guides: z.string(),
      pages: z.string(),
      optional: z.string(),
      fullText: z.string(),
      fullTextDescription: z.string(),
    }),
    blockedCrawlers: z.array(z.enum(AI_CRAWLER_AGENTS)).nullish(),
  }).optional(),
})

export type ContentArchive = z.infer<typeof archiveSchema>

export const isVersioned = (collection: ArchivedCollection): collection is VersionedCollection =>
  (VERSIONED as readonly string[]).includes(collection)
