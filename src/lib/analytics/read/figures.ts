import { eachDay, type Window } from './days'
import type { DayCount } from './rollups'

// Pure arithmetic over the rows rollups.ts reads: what the cockpit and the guide's Readers tab
// show, kept apart from the queries so a test can compute the same figures directly.

export const EVENTS = ['view', 'visitor', 'reached', 'cta', 'outbound', 'copy', 'reweight'] as const
export type Event = (typeof EVENTS)[number]
export type Totals = Record<Event, number>

const zero = (): Totals => ({
  view: 0,
  visitor: 0,
  reached: 0,
  cta: 0,
  outbound: 0,
  copy: 0,
  reweight: 0,
})

const isEvent = (event: string): event is Event => (EVENTS as readonly string[]).includes(event)

/** Each event's sum over the days of `window` (rows of other days or events are left out). */
export function totalsIn(rows: DayCount[], window: Window): Totals {
  const totals = zero()
  for (const row of rows) {
    if (row.day >= window.from && row.day <= window.to && isEvent(row.event)) {
      totals[row.event] += row.count
    }
  }
  return totals
}

/** One figure per day of `window`, 0 on days nothing was counted: the sparkline's points. */
export function dailySeries(rows: DayCount[], window: Window, event: Event): number[] {
  const byDay = new Map<string, number>()
  for (const row of rows) {
    if (row.event === event) byDay.set(row.day, (byDay.get(row.day) ?? 0) + row.count)
  }
  return eachDay(window.from, window.to).map((day) => byDay.get(day) ?? 0)
}

/** `part` as a share of `whole` (0–1), or null when there is no whole to share (no views). */
export const rate = (part: number, whole: number): number | null =>
  whole > 0 ? part / whole : null

/** A share as people read it: "12.5%", "–" when there were no views. */
export const percent = (share: number | null) =>
  share === null ? '–' : `${(Math.round(share * 1000) / 10).toLocaleString('en-US')}%`

/** Rows grouped by path. */
export function byPath<Row extends { path: string }>(rows: Row[]): Map<string, Row[]> {
  const grouped = new Map<string, Row[]>()
  for (const row of rows) {
    const list = grouped.get(row.path)
    if (list) list.push(row)
    else grouped.set(row.path, [row])
  }
  return grouped
}
