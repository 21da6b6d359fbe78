import type { ArrayFieldValidation } from 'payload'

import { relationId } from '@/lib/content/relationId'

type Row = { framework?: number | string | { id: number | string; name?: string } | null }

/** A framework may hold one rank only; the message names the rows that repeat it. */
export const uniqueFrameworks: ArrayFieldValidation = (value, { required, minRows }) => {
  const rows = (Array.isArray(value) ? value : []) as Row[]
  if (minRows !== undefined && rows.length < minRows) {
    return `Ranking needs at least ${minRows} ${minRows === 1 ? 'entry' : 'entries'}.`
  }
  if (required && rows.length === 0) return 'Ranking is required.'
  const firstRow = new Map<number | string, number>()
  for (const [index, row] of rows.entries()) {
    const id = relationId(row.framework)
    if (id === undefined || id === null) continue
    const first = firstRow.get(id)
    if (first !== undefined) {
      return `Ranking lists the same framework twice (rows ${first + 1} and ${index + 1}). Each framework may appear once.`
    }
    firstRow.set(id, index)
  }
  return true
}
