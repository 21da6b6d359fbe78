/** A content file (or database) that can't be used; the message names every problem found. */
export class ArchiveError extends Error {
  override name = 'ArchiveError'
  constructor(summary: string, problems: string[] = []) {
    const shown = problems.slice(0, 20).map((problem) => `\n  - ${problem}`)
    const more = problems.length > 20 ? `\n  … and ${problems.length - 20} more` : ''
    super(`${summary}${shown.join('')}${more}`)
  }
}
