import type { Payload } from 'payload'

import { eachDay, lastDays, today, type Window } from './days'
import { byPath, dailySeries, rate, totalsIn, type Totals } from './figures'
import { dailyTotals, topValues, type ValueCount } from './rollups'

/** How many referrers each period lists. */
export const TOP_REFERRERS = 3
export const PERIODS = [7, 30] as const

export type Period = {
  days: number
  window: Window
  totals: Totals
  /** CTA clicks per view, null with no views. */
  ctr: number | null
  referrers: { host: string; views: number }[]
}

export type PathReaders = {
  path: string
  /** Views per day of the longest period, oldest first (the sparkline and its table). */
  daily: { day: string; views: number; visitors: number; cta: number }[]
  periods: Period[]
}

const referrersOf = (rows: ValueCount[] | undefined) =>
  (rows ?? []).map((row) => ({ host: row.value, views: row.count }))

/**
 * The cockpit's Readers figures for each of `paths`: views, unique visitors, CTA clicks and
 * click-through rate, and the top referrers, over the last 7 and 30 days (today included).
 */
export async function readersByPath(
  payload: Payload,
  paths: string[],
  until = today(),
): Promise<PathReaders[]> {
  const longest = lastDays(Math.max(...PERIODS), until)
  const [rows, ...referrers] = await Promise.all([
    dailyTotals(payload, longest),
    ...PERIODS.map((days) =>
      topValues(payload, {
        event: 'view',
        dim: 'referrer',
        window: lastDays(days, until),
        top: TOP_REFERRERS,
      }),
    ),
  ])
  const rowsOf = byPath(rows)
  const referrersByPeriod = referrers.map((list) => byPath(list))
  const calendar = eachDay(longest.from, longest.to)
  return paths.map((path) => {
    const own = rowsOf.get(path) ?? []
    const views = dailySeries(own, longest, 'view')
    const visitors = dailySeries(own, longest, 'visitor')
    const cta = dailySeries(own, longest, 'cta')
    return {
      path,
      daily: calendar.map((day, i) => ({
        day,
        views: views[i] ?? 0,
        visitors: visitors[i] ?? 0,
        cta: cta[i] ?? 0,
      })),
      periods: PERIODS.map((days, i) => {
        const window = lastDays(days, until)
        const totals = totalsIn(own, window)
        return {
          days,
          window,
          totals,
          ctr: rate(totals.cta, totals.view),
          referrers: referrersOf(referrersByPeriod[i]?.get(path)),
        }
      }),
    }
  })
}
