import type { CountedEvent, Dimension } from './events'

/** A row of the rollups: the start of its UTC hour (ISO), then the rest of its key. */
export type RowKey = { hour: string; path: string; event: string; dim: string; value: string }

/** A visitor hash first seen in this batch: where and when it was first seen. */
export type Sighting = { hour: string; path: string }

/**
 * Counts not yet in Postgres. Keys are JSON arrays, so no value (a UTM campaign may hold any
 * character) can run into the next one.
 */
export type Pending = { counts: Map<string, number>; visitors: Map<string, Sighting> }

export const emptyPending = (): Pending => ({ counts: new Map(), visitors: new Map() })

export const encodeKey = (row: RowKey) =>
  JSON.stringify([row.hour, row.path, row.event, row.dim, row.value])

export function decodeKey(key: string): RowKey {
  const [hour, path, event, dim, value] = JSON.parse(key) as string[]
  return { hour: hour!, path: path!, event: event!, dim: dim!, value: value! }
}

/** The start of the UTC hour `at` falls in, as an ISO string: the hourly rollup's bucket. */
export const hourOf = (at: Date) => `${at.toISOString().slice(0, 13)}:00:00.000Z`

/** The UTC day (YYYY-MM-DD) of an hour bucket or a date: the daily rollup's bucket. */
export const dayOf = (at: string | Date) =>
  (typeof at === 'string' ? at : at.toISOString()).slice(0, 10)

export function addCount(pending: Pending, row: RowKey, by = 1): void {
  const key = encodeKey(row)
  pending.counts.set(key, (pending.counts.get(key) ?? 0) + by)
}

/** One counted event: 1 on its total and 1 on each of its dimensions. */
export function addEvent(
  pending: Pending,
  at: Date,
  path: string,
  event: CountedEvent,
  dimensions: Dimension[],
): void {
  for (const { dim, value } of dimensions)
    addCount(pending, { hour: hourOf(at), path, event, dim, value })
}

/** A visitor hash, kept with its first sighting; whether it is new is Postgres's to say. */
export function addVisitor(pending: Pending, hash: string, sighting: Sighting): void {
  if (!pending.visitors.has(hash)) pending.visitors.set(hash, sighting)
}

/** Moves everything in `from` into `into` (a failed flush puts its batch back so). */
export function mergePending(into: Pending, from: Pending): void {
  for (const [key, count] of from.counts) into.counts.set(key, (into.counts.get(key) ?? 0) + count)
  for (const [hash, sighting] of from.visitors) addVisitor(into, hash, sighting)
}

export const isEmpty = (pending: Pending) =>
  pending.counts.size === 0 && pending.visitors.size === 0

/** Sightings as Redis keeps them (JSON by hash), back into a map. */
export function decodeSightings(stored: Record<string, string>): Map<string, Sighting> {
  return new Map(
    Object.entries(stored).map(([hash, json]) => [hash, JSON.parse(json) as Sighting] as const),
  )
}
