import { randomBytes } from 'node:crypto'
import type { Pool, PoolClient } from 'pg'

import { dayOf, decodeKey, encodeKey, addCount, type Pending } from './pending'
import { ANALYTICS_TABLES as T } from './tables'

type Row = {
  bucket: string
  path: string
  event: string
  dim: string
  value: string
  count: number
}

/** One statement for the whole batch: `count = count + excluded.count`, so batches add up. */
async function upsert(client: PoolClient, table: string, cast: string, rows: Row[]) {
  if (rows.length === 0) return
  const column = (pick: (row: Row) => string | number) => rows.map(pick)
  await client.query(
    `insert into ${table} (bucket, path, event, dim, value, count)
       select * from unnest($1::${cast}[], $2::text[], $3::text[], $4::text[], $5::text[], $6::bigint[])
     on conflict (bucket, path, event, dim, value)
       do update set count = ${table}.count + excluded.count`,
    [
      column((r) => r.bucket),
      column((r) => r.path),
      column((r) => r.event),
      column((r) => r.dim),
      column((r) => r.value),
      column((r) => r.count),
    ],
  )
}

/** The hashes among `visitors` Postgres had not seen on their day: each a new unique visitor. */
async function newVisitors(client: PoolClient, pending: Pending): Promise<Set<string>> {
  if (pending.visitors.size === 0) return new Set()
  const hashes = [...pending.visitors.keys()]
  const days = hashes.map((hash) => dayOf(pending.visitors.get(hash)!.hour))
  const { rows } = await client.query<{ hash: string }>(
    `insert into ${T.visitors} (day, hash) select * from unnest($1::date[], $2::text[])
     on conflict do nothing returning hash`,
    [days, hashes],
  )
  return new Set(rows.map((row) => row.hash))
}

/**
 * Writes a batch in one transaction: the visitor hashes first (those new on their day count as a
 * `visitor`), then one upsert into each rollup. Either all of it is counted or none of it.
 */
export async function writePending(pool: Pool, pending: Pending): Promise<void> {
  const client = await pool.connect()
  try {
    await client.query('begin')
    const counts = new Map(pending.counts)
    const batch: Pending = { counts, visitors: pending.visitors }
    for (const hash of await newVisitors(client, pending)) {
      const { hour, path } = pending.visitors.get(hash)!
      addCount(batch, { hour, path, event: 'visitor', dim: '', value: '' })
    }
    const hourly: Row[] = []
    const daily = new Map<string, number>()
    for (const [key, count] of counts) {
      const { hour, ...rest } = decodeKey(key)
      hourly.push({ bucket: hour, ...rest, count })
      // Hours of one day meet in one daily row: summed here, since one upsert may not touch a
      // row twice.
      const dayKey = encodeKey({ hour: dayOf(hour), ...rest })
      daily.set(dayKey, (daily.get(dayKey) ?? 0) + count)
    }
    await upsert(client, T.hourly, 'timestamptz', hourly)
    const dailyRows = [...daily].map(([key, count]) => {
      const { hour: bucket, ...rest } = decodeKey(key)
      return { bucket, ...rest, count }
    })
    await upsert(client, T.daily, 'date', dailyRows)
    await client.query('commit')
  } catch (error) {
    await client.query('rollback').catch(() => undefined)
    throw error
  } finally {
    client.release()
  }
}

/**
 * The salts of `days` (today and tomorrow), made where missing: every instance reads the same
 * ones, so one reader hashes alike on each. Salts of days gone are deleted with their hashes.
 */
export async function loadSalts(pool: Pool, days: string[]): Promise<Map<string, string>> {
  await pool.query(
    `insert into ${T.salts} (day, salt) select * from unnest($1::date[], $2::text[])
     on conflict do nothing`,
    [days, days.map(() => randomBytes(32).toString('hex'))],
  )
  const { rows } = await pool.query<{ day: string; salt: string }>(
    `select to_char(day, 'YYYY-MM-DD') as day, salt from ${T.salts} where day = any($1::date[])`,
    [days],
  )
  return new Map(rows.map((row) => [row.day, row.salt]))
}

/** Retention (docs/measurement.md): hourly and daily rows past their days, and any past salt. */
export async function prune(
  pool: Pool,
  today: string,
  keep: { hourlyDays: number; dailyDays: number },
): Promise<void> {
  await pool.query(`delete from ${T.salts} where day < $1::date`, [today])
  await pool.query(`delete from ${T.visitors} where day < $1::date`, [today])
  await pool.query(
    `delete from ${T.hourly} where bucket < (($1::date - $2::int)::timestamp at time zone 'UTC')`,
    [today, keep.hourlyDays],
  )
  await pool.query(`delete from ${T.daily} where bucket < $1::date - $2::int`, [
    today,
    keep.dailyDays,
  ])
}
