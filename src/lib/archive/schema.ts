// The portable content file (`npm run export` / `npm run import`): one JSON document with every
// guide, framework, criterion, caveat, preview link and media record (metadata only), drafts
// included, and the site settings. Export and import share this schema. Objects are strict, so a
// field the schema doesn't know stops an export instead of silently going missing, and parsing
// rebuilds every object in schema order, which keeps the file byte-stable.
import { z } from 'zod'

export const FORMAT = 'guide-content'
export const FORMAT_VERSION = 1

/** Restore order: every relationship points into a collection restored before it. */
export const COLLECTIONS = [
  'media',
  'criteria',
  'frameworks',
  'caveats',
  'guides',
  'preview-links',
] as const
export const VERSIONED = ['criteria', 'frameworks', 'caveats', 'guides'] as const

export type ArchivedCollection = (typeof COLLECTIONS)[number]
export type VersionedCollection = (typeof VERSIONED)[number]

const id = z.number().int().positive()
const timestamp = z.iso.datetime()
const optionalText = z.string().nullish()
const optionalNumber = z.number().nullish()

/** Lexical JSON, kept as stored: only its root is checked. */
const richText = z.custom<{ root: { type: 'root'; children: unknown[] } }>((value) => {
  const root = (value as { root?: { type?: unknown; children?: unknown } } | null)?.root
  return root?.type === 'root' && Array.isArray(root.children)
}, 'expected rich text: { "root": { "type": "root", "children": [ … ] } }')

/**
 * The stored fields of the versioned collections. Published content passed Payload's validation;
 * drafts are saved without it, so any field of a draft may be empty.
 */
function editorialFields(draft: boolean) {
  const required = <T extends z.ZodType>(schema: T) => (draft ? schema.nullish() : schema)
  const text = required(z.string())
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
      ranking: z.array(z.strictObject({ id: z.string(), framework: required(id) })).nullish(),
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
      cta: z.strictObject({
        heading: text,
        text: optionalText,
        linkLabel: optionalText,
        url: optionalText,
      }),
      meta: z.strictObject({ title: optionalText, description: optionalText }),
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
  // Without `createdBy`: users are not exported.
  'preview-links': z.array(
    z.strictObject({
      id,
      createdAt: timestamp,
      updatedAt: timestamp,
      guide: id,
      note: optionalText,
      expiresAt: timestamp,
      revoked: z.boolean().nullish(),
    }),
  ),
  // Null until the settings are first saved.
  site: z
    .strictObject({
      createdAt: timestamp,
      updatedAt: timestamp,
      homeGuide: id,
      previewBanner: z.strictObject({ message: z.string(), exitLabel: z.string() }),
      publisher: z.strictObject({ name: z.string(), url: optionalText }),
      labels: z.strictObject({
        skipLink: z.string(),
        contents: z.string(),
        copyLink: z.string(),
        linkCopied: z.string(),
      }),
    })
    .nullable(),
})

export type ContentArchive = z.infer<typeof archiveSchema>

export const isVersioned = (collection: ArchivedCollection): collection is VersionedCollection =>
  (VERSIONED as readonly string[]).includes(collection)
