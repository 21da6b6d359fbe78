// Checks a content file in full before anything is written: its shape (./schema.ts), then what the
// shape can't say: ids repeated in a collection, a draft older than its published content,
// relationships to documents that are not in the file, a preview link for neither or both kinds.
import { readFileSync } from 'node:fs'

import type { SanitizedConfig } from 'payload'

import { relationId } from '@/lib/content/relationId'

import { appConfig } from './appConfig'
import { ArchiveError } from './error'
import {
  archiveSchemaOf,
  COLLECTIONS,
  FORMAT,
  FORMAT_VERSION,
  VERSIONED,
  type ContentArchive,
} from './schema'

export { ArchiveError } from './error'

/** The collections and globals a file is checked against: the app's own, unless told. */
type Schemas = Pick<SanitizedConfig, 'collections' | 'globals'>

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
    ...danglingReferences(result.data),
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

/** A relationship as stored: an id (depth 0), though the generated types allow the document. */
type Ref = number | { id: number } | null | undefined
type Reference = { relationTo: 'guides' | 'pages'; value: Ref } | null | undefined

/**
 * Every relationship must point to a document in the same file, and a preview link to exactly one
 * guide or page. Links inside rich text are not relationships: one may name a document deleted
 * since (the site shows its words as plain text), so they are kept as stored, unchecked.
 */
function danglingReferences(archive: ContentArchive): string[] {
  const ids = (docs: { id: number }[]) => new Set(docs.map((doc) => doc.id))
  const known = {
    media: ids(archive.media),
    criteria: ids(archive.criteria),
    frameworks: ids(archive.frameworks),
    caveats: ids(archive.caveats),
    guides: ids(archive.guides),
    pages: ids(archive.pages),
  }
  const problems: string[] = []
  const check = (path: string, collection: keyof typeof known, ref: Ref) => {
    const id = ref == null ? ref : relationId(ref)
    if (id != null && !known[collection].has(id)) {
      problems.push(`${path}: ${collection} ${id} is not in the file`)
    }
  }
  /** A link's document (src/fields/link.ts), a redirect's target. */
  const checkReference = (path: string, ref: Reference) => {
    if (ref) check(path, ref.relationTo, ref.value)
  }
  const states = ['published', 'draft'] as const
  archive.caveats.forEach((doc, i) => {
    for (const state of states) {
      check(`caveats[${i}].${state}.framework`, 'frameworks', doc[state]?.framework)
    }
  })
  archive.guides.forEach((doc, i) => {
    for (const state of states) {
      const guide = doc[state]
      const at = `guides[${i}].${state}`
      guide?.criteriaSection.criteria?.forEach((ref, j) =>
        check(`${at}.criteriaSection.criteria[${j}]`, 'criteria', ref),
      )
      guide?.ranking?.forEach((row, j) =>
        check(`${at}.ranking[${j}].framework`, 'frameworks', row.framework),
      )
      guide?.caveatsSection.caveats?.forEach((ref, j) =>
        check(`${at}.caveatsSection.caveats[${j}]`, 'caveats', ref),
      )
      checkReference(`${at}.cta.doc`, guide?.cta.doc)
    }
  })
  archive.pages.forEach((doc, i) => {
    for (const state of states) {
      const page = doc[state]
      const at = `pages[${i}].${state}`
      page?.layout?.forEach((block, j) => {
        if (block.blockType === 'ranking') check(`${at}.layout[${j}].guide`, 'guides', block.guide)
        if ('doc' in block) checkReference(`${at}.layout[${j}].doc`, block.doc)
      })
      check(`${at}.meta.image`, 'media', page?.meta.image)
    }
  })
  archive['preview-links'].forEach((link, i) => {
    if ((link.guide == null) === (link.page == null)) {
      problems.push(`preview-links[${i}]: must be for exactly one guide or one page`)
    }
    check(`preview-links[${i}].guide`, 'guides', link.guide)
    check(`preview-links[${i}].page`, 'pages', link.page)
  })
  archive.redirects.forEach((redirect, i) =>
    checkReference(`redirects[${i}].to.reference`, redirect.to.reference),
  )
  const { site, header, footer } = archive
  if (site) {
    check('site.homeGuide', 'guides', site.homeGuide)
    check('site.icon', 'media', site.icon)
  }
  if (header) {
    check('header.logo', 'media', header.logo)
    header.navigation?.forEach((row, i) => checkReference(`header.navigation[${i}].doc`, row.doc))
  }
  footer?.groups?.forEach((group, i) =>
    group.links?.forEach((row, j) =>
      checkReference(`footer.groups[${i}].links[${j}].doc`, row.doc),
    ),
  )
  return problems
}
