import { relatedPlaceExists } from './placeAnchors'

/**
 * Whether `field` names a place in `doc` a reviewer can comment on: a dotted field path that holds
 * a value (`dek`, `criteriaSection.intro`, `ranking.2.note`), the id of an array row or block
 * anywhere in it (a ranked entry, a page block), which survives reordering, or a criterion or
 * ranked framework the guide shows (`criterion:4`, `ranking:7.blurb`, src/lib/review/placeAnchors.ts).
 */
export function anchorExists(doc: unknown, field: string): boolean {
  if (!field || field.startsWith('.') || field.endsWith('.')) return false
  const related = relatedPlaceExists(doc, field)
  if (related !== undefined) return related
  return pathHolds(doc, field.split('.')) || rowIdIn(doc, field)
}

function pathHolds(doc: unknown, segments: string[]): boolean {
  let at: unknown = doc
  for (const segment of segments) {
    if (at === null || typeof at !== 'object') return false
    if (!Object.prototype.hasOwnProperty.call(at, segment)) return false
    at = (at as Record<string, unknown>)[segment]
  }
  return at !== undefined
}

/** Iterative: a deeply nested document must not overflow the stack. */
function rowIdIn(doc: unknown, id: string): boolean {
  const stack: unknown[] = [doc]
  while (stack.length > 0) {
    const item = stack.pop()
    if (Array.isArray(item)) {
      for (const row of item) {
        if (row && typeof row === 'object' && (row as { id?: unknown }).id === id) return true
        stack.push(row)
      }
    } else if (item && typeof item === 'object') {
      stack.push(...Object.values(item as Record<string, unknown>))
    }
  }
  return false
}
