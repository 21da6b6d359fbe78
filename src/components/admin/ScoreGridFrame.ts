'use client'

import { useConfig, useFormFields } from '@payloadcms/ui'
import { useEffect, useMemo, useState } from 'react'

import type { ScorecardFrame } from '@/lib/scorecard/check'

type FormFields = Record<string, { value?: unknown; rows?: unknown[] } | undefined>
type Related = number | string | { id?: number | string; value?: number | string } | null

const idOf = (value: unknown): string | undefined => {
  const related = value as Related | undefined
  if (related === null || related === undefined) return undefined
  if (typeof related !== 'object') return String(related)
  const id = related.id ?? related.value
  return id === undefined ? undefined : String(id)
}

/**
 * The ids the grid is drawn from, as they stand in the form now (not as saved): the guide's
 * criteria in order, and each ranking row's framework in rank order ('' for a row still empty).
 * One string, so the form's other keystrokes do not re-render the grid.
 */
function frameKey([fields]: [FormFields, unknown]): string {
  const criteria = fields['criteriaSection.criteria']?.value
  const rows = fields.ranking?.rows?.length ?? 0
  return JSON.stringify([
    (Array.isArray(criteria) ? criteria : []).map(idOf).filter(Boolean),
    Array.from({ length: rows }, (_, i) => idOf(fields[`ranking.${i}.framework`]?.value) ?? ''),
  ])
}

async function readNames(api: string, collection: string, ids: string[]) {
  const query = `where[id][in]=${ids.join(',')}&depth=0&draft=true&select[name]=true&limit=${ids.length}`
  const response = await fetch(`${api}/${collection}?${query}`, { credentials: 'same-origin' })
  if (!response.ok) return []
  const { docs = [] } = (await response.json()) as { docs?: { id: number; name?: string }[] }
  return docs.map((doc): [string, string] => [`${collection}:${doc.id}`, doc.name ?? ''])
}

export type GridFrame = ScorecardFrame & {
  /** Each ranking row's framework id in rank order, '' for a row not yet chosen. */
  rows: string[]
}

/**
 * The guide's criteria and ranked entries as the form holds them, named. Names come from the REST
 * API (drafts included, as the editor sees them) and only for ids not read before; until one
 * arrives the cell says "criterion 3".
 */
export function useScoreGridFrame(): GridFrame {
  const key = useFormFields(frameKey as (context: [unknown, unknown]) => string)
  const { config } = useConfig()
  const api = `${config.serverURL}${config.routes.api}`
  const [names, setNames] = useState<Map<string, string>>(new Map())
  const [criteria, rows] = useMemo(() => JSON.parse(key) as [string[], string[]], [key])

  useEffect(() => {
    const missing = (collection: string, ids: string[]) =>
      ids.filter((id) => id && !names.has(`${collection}:${id}`))
    const wanted: [string, string[]][] = [
      ['criteria', missing('criteria', criteria)],
      ['frameworks', missing('frameworks', rows)],
    ]
    if (wanted.every(([, ids]) => ids.length === 0)) return
    let current = true
    void Promise.all(
      wanted.map(([c, ids]) => (ids.length ? readNames(api, c, ids) : Promise.resolve([]))),
    ).then((found) => {
      if (!current) return
      // Ids that found nothing (deleted, no access) keep their placeholder instead of asking again.
      const next = new Map(names)
      for (const [c, ids] of wanted) for (const id of ids) next.set(`${c}:${id}`, '')
      for (const [name, value] of found.flat()) next.set(name, value)
      setNames(next)
    })
    return () => {
      current = false
    }
  }, [api, criteria, rows, names])

  return useMemo(() => {
    const named = (collection: string, fallback: string) => (id: string) => ({
      id,
      name: names.get(`${collection}:${id}`) || `${fallback} ${id}`,
    })
    return {
      criteria: criteria.map(named('criteria', 'criterion')),
      // A framework chosen twice (refused on save) is one entry of the grid until then.
      entries: [...new Set(rows.filter(Boolean))].map(named('frameworks', 'entry')),
      rows,
    }
  }, [criteria, rows, names])
}
