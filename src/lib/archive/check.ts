// Checks a content file in full before anything is written: its shape (./schema.ts), then what the
// shape can't say: ids repeated in a collection, a draft older than its published content,
// relationships to documents that are not in the file.
import { readFileSync } from 'node:fs'

import {
  archiveSchema,
  COLLECTIONS,
  FORMAT,
  FORMAT_VERSION,
  VERSIONED,
  type ContentArchive,
} from './schema'

/** A content file (or database) that can't be used; the message names every problem found. */
export class ArchiveError extends Error {
  override name = 'ArchiveError'
  constructor(summary: string, problems: string[] = []) {
    const shown = problems.slice(0, 20).map((problem) => `\n  - ${problem}`)
    const more = problems.length > 20 ? `\n  … and ${problems.length - 20} more` : ''
    super(`${summary}${shown.join('')}${more}`)
  }
}

/** Reads and checks a content file, refusing it with every problem it finds. */
export function readArchive(file: string): ContentArchive {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    throw new ArchiveError(`${file} can't be read: ${(error as Error).message}`)
  }
  return parseArchive(text, `${file} was refused`)
}

/** The archive in a file's text, or an ArchiveError whose message starts with `summary`. */
export function parseArchive(
  text: string,
  summary = 'The content file was refused',
): ContentArchive {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    throw new ArchiveError(`${summary}: not valid JSON (${(error as Error).message})`)
  }
  return checkArchive(data, summary)
}

/** The archive in `data`, with keys in schema order, or an ArchiveError that starts with `summary`. */
export function checkArchive(data: unknown, summary: string): ContentArchive {
  const head = (data ?? {}) as { format?: unknown; version?: unknown }
  if (head.format !== FORMAT) {
    throw new ArchiveError(`${summary}: not a guide content file (no "format": "${FORMAT}")`)
  }
  if (head.version !== FORMAT_VERSION) {
    throw new ArchiveError(
      `${summary}: format version ${JSON.stringify(head.version)} is unknown; this app reads version ${FORMAT_VERSION}`,
    )
  }
  const result = archiveSchema.safeParse(data, {
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

/** Every relationship must point to a document in the same file. */
function danglingReferences(archive: ContentArchive): string[] {
  const ids = (docs: { id: number }[]) => new Set(docs.map((doc) => doc.id))
  const known = {
    criteria: ids(archive.criteria),
    frameworks: ids(archive.frameworks),
    caveats: ids(archive.caveats),
    guides: ids(archive.guides),
  }
  const problems: string[] = []
  const check = (path: string, collection: keyof typeof known, ref: number | null | undefined) => {
    if (ref != null && !known[collection].has(ref)) {
      problems.push(`${path}: ${collection} ${ref} is not in the file`)
    }
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
    }
  })
  archive['preview-links'].forEach((link, i) =>
    check(`preview-links[${i}].guide`, 'guides', link.guide),
  )
  if (archive.site) check('site.homeGuide', 'guides', archive.site.homeGuide)
  return problems
}
