import { readFileSync } from 'node:fs'
import path from 'node:path'

/**
 * The guide's copy exactly as the content team delivered it (shared/content), kept as a fixture:
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
