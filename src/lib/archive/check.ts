// Checks a content file in full before anything is written: its shape (./schema.ts), then what the
// shape can't say: ids repeated in a collection, a draft older than its published content,
// relationships to documents that are not in the file, a preview link for neither or both kinds.
import { readFileSync } from 'node:fs'
import type { FlattenedField } from 'payload'

import { appConfig } from './appConfig'
import { ArchiveError } from './error'
import { referencesIn } from './references'
import {
  archiveSchemaOf,
  COLLECTIONS,
  fieldsOf,
  FORMAT,
  FORMAT_VERSION,
  GLOBALS,
  isVersioned,
  VERSIONED,
  type ContentArchive,
  type Schemas,
} from './schema'

export { ArchiveError } from './error'

/** Reads and checks a content file, refusing it with every problem it finds. */
export function readArchive(file: string, config: Schemas = appConfig): ContentArchive {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    throw new ArchiveError(`${file} can't be read: ${(error as Error).message}`)
  }
  return parseArchive(text, `${file} was refused`, config)
}

/** The archive in a file's text, or an ArchiveError whose message starts with `summary`. */
export function parseArchive(
  text: string,
  summary = 'The content file was refused',
  config: Schemas = appConfig,
): ContentArchive {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    throw new ArchiveError(`${summary}: not valid JSON (${(error as Error).message})`)
  }
  return checkArchive(data, summary, config)
}

/** The archive in `data`, with keys in schema order, or an ArchiveError that starts with `summary`. */
export function checkArchive(data: unknown, summary: string, config: Schemas): ContentArchive {
  const head = (data ?? {}) as { format?: unknown; version?: unknown }
  if (head.format !== FORMAT) {
    throw new ArchiveError(`${summary}: not a guide content file (no "format": "${FORMAT}")`)
  }
  if (head.version === 1) {
    // Converting it would mean guessing what the newer fields hold; the app can say for sure.
    throw new ArchiveError(
      `${summary}: format version 1 was written before pages, redirects, the header and the footer existed; this app reads version ${FORMAT_VERSION}. ` +
        'Import it with the release that wrote it, upgrade that database to this release, and export it again.',
    )
  }
  if (head.version !== FORMAT_VERSION) {
    throw new ArchiveError(
      `${summary}: format version ${JSON.stringify(head.version)} is unknown; this app reads version ${FORMAT_VERSION}`,
    )
  }
  const result = archiveSchemaOf(config).safeParse(data, {
    error: (issue) =>
      issue.code === 'invalid_type' && issue.input === undefined ? 'missing' : undefined,
  })
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${pathOf(issue.path)}: ${issue.message}`)
    throw new ArchiveError(`${summary}:`, problems)
  }
  const problems = [
    ...repeatedIds(result.data),
    ...versionProblems(result.data),
    ...danglingReferences(result.data, config),
  ]
  if (problems.length > 0) throw new ArchiveError(`${summary}:`, problems)
  return result.data
}

/** `guides[0].published.ranking[2].framework` */
const pathOf = (path: PropertyKey[]) =>
  path
    .map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`))
    .join('')
    .replace(/^\./, '') || '(the file)'

function repeatedIds(archive: ContentArchive): string[] {
  return COLLECTIONS.flatMap((collection) => {
    const seen = new Set<number>()
    return archive[collection].flatMap((doc, index) => {
      if (seen.has(doc.id)) return [`${collection}[${index}].id: ${doc.id} appears twice`]
      seen.add(doc.id)
      return []
    })
  })
}

/** A versioned document has content, and a draft next to published content is the newer of the two. */
function versionProblems(archive: ContentArchive): string[] {
  return VERSIONED.flatMap((collection) =>
    archive[collection].flatMap(({ published, draft }, index) => {
      if (!published && !draft) {
        return [`${collection}[${index}]: has neither published content nor a draft`]
      }
      if (published && draft && Date.parse(draft.updatedAt) <= Date.parse(published.updatedAt)) {
        return [`${collection}[${index}].draft.updatedAt: must be later than published.updatedAt`]
      }
      return []
    }),
  )
}

/**
 * Every relationship must point to a document in the same file (found through the configs:
 * ./references.ts), and a preview link to exactly one guide or page. Links inside rich text are not
 * relationships: one may name a document deleted since (the site shows its words as plain text),
 * so they are kept as stored, unchecked.
 */
function danglingReferences(archive: ContentArchive, config: Schemas): string[] {
  const known = new Map(
    COLLECTIONS.map((collection) => [
      collection as string,
      new Set(archive[collection].map((doc) => doc.id)),
    ]),
  )
  const stored: { fields: FlattenedField[]; value: Record<string, unknown>; at: string }[] = []
  for (const collection of COLLECTIONS) {
    const fields = fieldsOf(config, 'collections', collection)
    archive[collection].forEach((doc, index) => {
      const at = `${collection}[${index}]`
      if (!isVersioned(collection)) return stored.push({ fields, value: doc, at })
      for (const state of ['published', 'draft'] as const) {
        const version = (doc as Record<string, unknown>)[state] as Record<string, unknown> | null
        if (version) stored.push({ fields, value: version, at: `${at}.${state}` })
      }
    })
  }
  for (const slug of GLOBALS) {
    const value = archive[slug]
    if (value) stored.push({ fields: fieldsOf(config, 'globals', slug), value, at: slug })
  }
  const problems: string[] = []
  for (const { fields, value, at } of stored) {
    if (at.startsWith('preview-links[') && (value.guide == null) === (value.page == null)) {
      problems.push(`${at}: must be for exactly one guide or one page`)
    }
    for (const ref of referencesIn(fields, value, at)) {
      if (!known.get(ref.relationTo)?.has(ref.id)) {
        problems.push(`${ref.path}: ${ref.relationTo} ${ref.id} is not in the file`)
      }
    }
  }
  return problems
}
