// The rollups count by UTC day (analytics_daily.bucket), so every window here is a span of UTC
// days written 'YYYY-MM-DD': the form Postgres prints a date in, and compares as text correctly.

const DAY_MS = 86_400_000

/** The UTC day `at` falls on. */
export const dayOf = (at: Date | string) => new Date(at).toISOString().slice(0, 10)

/** Today in UTC: the last day of every "last N days" window, counted so far. */
export const today = () => dayOf(new Date())

export const addDays = (day: string, n: number) =>
  dayOf(new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS))

/** Days from `from` to `to`, both included (0 when reversed). */
export const daysBetween = (from: string, to: string) =>
  Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS) + 1)

/** Every day from `from` to `to`, both included, in order. */
export const eachDay = (from: string, to: string) =>
  Array.from({ length: daysBetween(from, to) }, (_, i) => addDays(from, i))

export type Window = { from: string; to: string }

/** The last `days` days up to and including `until` (today by default). */
export const lastDays = (days: number, until = today()): Window => ({
  from: addDays(until, 1 - days),
  to: until,
})

/** A real calendar day in the form YYYY-MM-DD ('2026-02-30' is not one). */
export const isDay = (text: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(text)) && dayOf(text) === text
