import { sql, type SQL } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'

import type { Window } from './days'

// The one module that reads the rollup tables (docs/measurement.md, written by /collect's flush).
// Every value from outside (paths, days, events) goes in as a bound parameter, never as text.

type Rows<Row> = { rows: Row[] }
type Connection = { execute: (query: SQL) => Promise<unknown> }

const run = async <Row>(payload: Payload, query: SQL): Promise<Row[]> =>
  ((await (payload.db as unknown as { drizzle: Connection }).drizzle.execute(query)) as Rows<Row>)
    .rows

/** Postgres returns bigint sums as text. */
const count = (value: unknown) => Number(value ?? 0)

export type DayCount = { day: string; path: string; event: string; count: number }

/**
 * Each day's total of each event on each path (the rows with no dimension), in `window`.
 * `path` narrows it to one page.
 */
export async function dailyTotals(
  payload: Payload,
  window: Window,
  path?: string,
): Promise<DayCount[]> {
  const rows = await run<{ day: string; path: string; event: string; count: string }>(
    payload,
    sql`select bucket::text as day, path, event, count::text as count
        from analytics_daily
        where dim = '' and value = ''
          and bucket between ${window.from}::date and ${window.to}::date
          ${path === undefined ? sql`` : sql`and path = ${path}`}
        order by bucket, path, event`,
  )
  return rows.map((row) => ({ ...row, count: count(row.count) }))
}

export type ValueCount = { path: string; value: string; count: number }

/**
 * The values of one dimension of one event (referrer hosts of views, frameworks of outbound
 * clicks), summed over `window` and ranked per path, the `top` most first (ties by value).
 */
export async function topValues(
  payload: Payload,
  {
    event,
    dim,
    window,
    top,
    path,
  }: {
    event: string
    dim: string
    window: Window
    top: number
    path?: string
  },
): Promise<ValueCount[]> {
  const rows = await run<{ path: string; value: string; count: string }>(
    payload,
    sql`select path, value, total::text as count from (
          select path, value, sum(count) as total,
                 row_number() over (partition by path order by sum(count) desc, value) as place
          from analytics_daily
          where event = ${event} and dim = ${dim}
            and bucket between ${window.from}::date and ${window.to}::date
            ${path === undefined ? sql`` : sql`and path = ${path}`}
          group by path, value
        ) ranked
        where place <= ${top}
        order by path, place`,
  )
  return rows.map((row) => ({ ...row, count: count(row.count) }))
}

export type ExportRow = {
  day: string
  path: string
  event: string
  dim: string
  value: string
  count: number
}

/** Every daily row in `window`, in a stable order: what the CSV export writes. */
export async function dailyRows(payload: Payload, window: Window): Promise<ExportRow[]> {
  const rows = await run<Omit<ExportRow, 'count'> & { count: string }>(
    payload,
    sql`select bucket::text as day, path, event, dim, value, count::text as count
        from analytics_daily
        where bucket between ${window.from}::date and ${window.to}::date
        order by bucket, path, event, dim, value`,
  )
  return rows.map((row) => ({ ...row, count: count(row.count) }))
}
