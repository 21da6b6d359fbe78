import { readFileSync } from 'node:fs'
import path from 'node:path'

/**
 * The guide's copy exactly as the content team delivered it, kept as a fixture in this repo:
 * the oracle that the seed and the page are checked against.
 */
export const sourceCopy = readFileSync(
  path.resolve(import.meta.dirname, '../fixtures/backend-frameworks-2026.txt'),
  'utf8',
)

/** Non-empty lines, trimmed. */
export const sourceLines = sourceCopy
  .split('\n')
  .map((line) => line.trim())
  .filter(Boolean)

/** The ranking table's body rows ("1 jerrycan Rust …"), in order. */
export const sourceTableRows = sourceLines.filter((line) => /^\d+ /.test(line))

/** The source lines as the page shows them: the criteria sentence becomes intro, list, outro. */
const expectedPieces = sourceLines.flatMap((line) => {
  const criteria = /^(.*criteria:) (.*?)\. (.*)$/.exec(line)
  if (!criteria) return [line]
  const [, intro, enumeration, outro] = criteria as unknown as [string, string, string, string]
  return [intro, ...enumeration.split(/,\s(?:and\s)?(?![^()]*\))/), outro]
})

/** Whitespace runs (line breaks between blocks, say) as one space, as a reader reads them. */
export const collapseWhitespace = (text: string) => text.replace(/\s+/g, ' ').trim()

/** The first piece of the source copy missing from `text` (in order), or undefined. */
export function missingPiece(text: string, { ignoreCase = false } = {}): string | undefined {
  const fold = (value: string) => (ignoreCase ? value.toLowerCase() : value)
  const haystack = fold(text)
  let cursor = 0
  for (const piece of expectedPieces) {
    const at = haystack.indexOf(fold(piece), cursor)
    if (at < 0) return piece
    cursor = at + piece.length
  }
  return undefined
}
