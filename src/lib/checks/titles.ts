import type { DocRef, Finding } from './types'

// Pure: two guides or pages with one title read as the same thing in search results and lists.

const normal = (title: string) => title.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase()

export function duplicateTitleFindings(
  title: string | null | undefined,
  others: DocRef[],
): Finding[] {
  if (!title?.trim()) return []
  const same = others.filter((other) => normal(other.title) === normal(title))
  if (same.length === 0) return []
  const named = same
    .map((other) => `${other.collection === 'guides' ? 'guide' : 'page'} “${other.title}”`)
    .join(', ')
  return [
    {
      check: 'duplicateTitle',
      level: 'warning',
      message: `Another document has this title (${named}): readers and search engines cannot tell them apart.`,
      field: 'title',
    },
  ]
}
