import type { Payload } from 'payload'

import { jumpTo } from '@/lib/checks/jump'
import type { DocRef, Finding } from '@/lib/checks/types'
import { WHOLE_DOCUMENT } from '@/lib/review/limits'

type Row = Record<string, unknown>
const idOf = (value: unknown) =>
  value && typeof value === 'object' ? (value as { id?: unknown }).id : value
const rows = (value: unknown): Row[] => (Array.isArray(value) ? (value as Row[]) : [])
const titleOf = (value: unknown, fallback: string) => {
  const name = value && typeof value === 'object' ? (value as { name?: unknown }).name : undefined
  return typeof name === 'string' && name ? name : fallback
}

/**
 * Where a reviewer's anchor (review-comments.field) is edited: a field of the document, or of the
 * criterion or framework a guide shows (the text a reviewer read lives there). Undefined for the
 * document as a whole and for a place that is gone.
 */
function target(
  collection: string,
  doc: Row,
  field: string,
): Pick<Finding, 'field' | 'in'> | undefined {
  if (field === WHOLE_DOCUMENT) return undefined
  const criterion = /^criterion:(\d+)$/.exec(field)
  if (criterion) {
    const id = Number(criterion[1])
    const found = rows(asRow(doc.criteriaSection).criteria).find((row) => Number(idOf(row)) === id)
    const ref: DocRef = { collection: 'criteria', id, title: titleOf(found, `Criterion ${id}`) }
    return { in: ref }
  }
  const entry = /^ranking:(\d+)(?:\.(\w+))?$/.exec(field)
  if (entry) {
    const id = Number(entry[1])
    const index = rows(doc.ranking).findIndex((row) => Number(idOf(row.framework)) === id)
    if (entry[2]) {
      const framework = rows(doc.ranking)[index]?.framework
      const ref: DocRef = {
        collection: 'frameworks',
        id,
        title: titleOf(framework, `Framework ${id}`),
      }
      return { field: entry[2], in: ref }
    }
    return index < 0 ? undefined : { field: `ranking.${index}` }
  }
  // A scorecard cell is one cell of the scores grid.
  if (field.startsWith('scorecardSection.scorecard.'))
    return { field: 'scorecardSection.scorecard' }
  if (collection === 'pages' && !field.includes('.')) {
    const index = rows(doc.layout).findIndex((block) => block.id === field)
    if (index >= 0) return { field: `layout.${index}` }
  }
  return { field }
}

const asRow = (value: unknown): Row =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Row) : {}

/** The admin link that opens the place a comment is about, as the Checks tab's "Go to" does. */
export function reviewJump(
  payload: Payload,
  collection: 'guides' | 'pages' | 'releases',
  doc: { id: number },
  field: string,
): { href: string; text: string } | undefined {
  const place = target(collection, doc, field)
  if (!place) return undefined
  return jumpTo(
    payload.config.routes.admin,
    place,
    { collection, id: doc.id, config: payload.collections[collection].config },
    (slug) => payload.collections[slug as 'guides']?.config,
  )
}
