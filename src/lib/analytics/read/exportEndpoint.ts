import type { Endpoint } from 'payload'

import { apiProblem } from '@/lib/api/requestGuard'
import { PRIVATE_HEADERS } from '@/lib/http/responses'

import { daysBetween, isDay, type Window } from './days'
import { toCsv } from './csv'
import { dailyRows } from './rollups'

export const STATS_EXPORT_PATH = '/stats/export'
/** A year and a day: enough for any yearly report, small enough to build in one response. */
export const MAX_EXPORT_DAYS = 366

type Checked = { window: Window } | { field: 'from' | 'to'; message: string }

/** The export's date range from the query, or the field that is wrong and why. */
export function exportRange(params: URLSearchParams): Checked {
  const from = params.get('from') ?? ''
  const to = params.get('to') ?? ''
  for (const [field, value] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (!isDay(value)) {
      return { field, message: `\`${field}\` must be a day written YYYY-MM-DD, e.g. 2026-01-31.` }
    }
  }
  if (to < from) return { field: 'to', message: '`to` must be the same day as `from` or later.' }
  if (daysBetween(from, to) > MAX_EXPORT_DAYS) {
    return {
      field: 'to',
      message: `The range may span at most ${MAX_EXPORT_DAYS} days; export a longer one in parts.`,
    }
  }
  return { window: { from, to } }
}

/**
 * GET /api/stats/export?from=YYYY-MM-DD&to=YYYY-MM-DD: the daily counts of every page in that
 * range (both days included, UTC) as CSV, for signed-in CMS users only (401 otherwise).
 */
export const statsExportEndpoint: Endpoint = {
  path: STATS_EXPORT_PATH,
  method: 'get',
  handler: async (req) => {
    if (!req.user)
      return apiProblem(401, 'Sign in to export reader statistics.', undefined, PRIVATE_HEADERS)
    const range = exportRange(req.searchParams)
    if ('field' in range) return apiProblem(400, range.message, range.field, PRIVATE_HEADERS)
    const csv = toCsv(await dailyRows(req.payload, range.window))
    const name = `readers-${range.window.from}-to-${range.window.to}.csv`
    return new Response(csv, {
      headers: {
        ...PRIVATE_HEADERS,
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${name}"`,
      },
    })
  },
}
