import { randomBytes } from 'node:crypto'

import { sql } from '@payloadcms/db-postgres/drizzle'
import fc from 'fast-check'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { readersByPath } from '@/lib/analytics/read/dashboard'
import { addDays, eachDay } from '@/lib/analytics/read/days'
import type { Totals } from '@/lib/analytics/read/figures'
import { aroundChanges, funnelOf } from '@/lib/analytics/read/guide'
import type { User } from '@/payload-types'

import { seededGuide, signedInAs } from '../helpers/payload'

// The cockpit's figures against the rollup tables: rows go straight into analytics_daily (as
// /collect's flush writes them: a total row plus one row per dimension), and what the queries
// return must equal the same figures computed directly from the generated stream.

const run = randomBytes(4).toString('hex')
const PATHS = [`/stats-${run}-a`, `/stats-${run}-b`, `/stats-${run}-c`]
// A fixed "today" of the test's own, years ahead: no other test's or reader's rows fall near it.
const UNTIL = '2031-06-30'
const EVENTS = ['view', 'visitor', 'reached', 'cta', 'outbound', 'copy', 'reweight'] as const
const HOSTS = ['', 'news.ycombinator.com', 'duckduckgo.com', 'example.org']
const TARGETS = ['fastapi', 'django', 'jerrycan']

type Batch = {
  day: string
  path: string
  event: (typeof EVENTS)[number]
  n: number
  referrer: string
  target: string
}

const batch = fc.record({
  day: fc.integer({ min: 0, max: 45 }).map((back) => addDays(UNTIL, -back)),
  path: fc.constantFrom(...PATHS),
  event: fc.constantFrom(...EVENTS),
  n: fc.integer({ min: 1, max: 40 }),
  referrer: fc.constantFrom(...HOSTS),
  target: fc.constantFrom(...TARGETS),
})

let payload: Payload
let user: User
let guideId: number
const db = () =>
  (payload.db as unknown as { drizzle: { execute: (q: unknown) => Promise<unknown> } }).drizzle

/** The rows /collect's flush would write for these counted events. */
function rowsOf(batches: Batch[]) {
  const rows = new Map<
    string,
    { day: string; path: string; event: string; dim: string; value: string; count: number }
  >()
  const add = (b: Batch, dim: string, value: string) => {
    const key = [b.day, b.path, b.event, dim, value].join('\u0000')
    const row = rows.get(key) ?? { day: b.day, path: b.path, event: b.event, dim, value, count: 0 }
    row.count += b.n
    rows.set(key, row)
  }
  for (const b of batches) {
    add(b, '', '')
    if (b.event === 'view') add(b, 'referrer', b.referrer)
    if (b.event === 'outbound') add(b, 'target', b.target)
  }
  return [...rows.values()]
}

async function store(batches: Batch[]) {
  const rows = rowsOf(batches)
  if (rows.length === 0) return
  await db().execute(
    sql`insert into analytics_daily (bucket, path, event, dim, value, count) values ${sql.join(
      rows.map(
        (r) => sql`(${r.day}::date, ${r.path}, ${r.event}, ${r.dim}, ${r.value}, ${r.count})`,
      ),
      sql`, `,
    )}`,
  )
}

const clear = () =>
  db().execute(sql`delete from analytics_daily where path like ${`/stats-${run}-%`}`)

/** Direct computation: the sum of `n` over the batches that match. */
const sum = (batches: Batch[], match: (b: Batch) => boolean) =>
  batches.filter(match).reduce((total, b) => total + b.n, 0)
const inDays = (from: string, to: string) => (b: Batch) => b.day >= from && b.day <= to

beforeAll(async () => {
  const seeded = await seededGuide()
  payload = seeded.payload
  guideId = seeded.guide.id
  const account = await signedInAs(payload, 'admin', 'stats')
  user = await payload.findByID({ collection: 'users', id: account.id })
})

afterAll(async () => {
  await clear()
})

describe('the cockpit’s Readers figures', () => {
  it('equal the generated stream’s views, visitors, CTA clicks, CTR and top referrers, over 7 and 30 days', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(batch, { maxLength: 60 }), async (batches) => {
        await clear()
        await store(batches)
        const readers = await readersByPath(payload, PATHS, UNTIL)
        expect(readers.map((r) => r.path)).toEqual(PATHS)
        for (const figures of readers) {
          const own = batches.filter((b) => b.path === figures.path)
          expect(figures.daily.map((d) => d.day)).toEqual(eachDay(addDays(UNTIL, -29), UNTIL))
          expect(figures.daily.map((d) => d.views)).toEqual(
            figures.daily.map((d) => sum(own, (b) => b.day === d.day && b.event === 'view')),
          )
          for (const period of figures.periods) {
            const window = inDays(addDays(UNTIL, 1 - period.days), UNTIL)
            const of = (event: Batch['event']) => sum(own, (b) => window(b) && b.event === event)
            expect(period.totals.view).toBe(of('view'))
            expect(period.totals.visitor).toBe(of('visitor'))
            expect(period.totals.cta).toBe(of('cta'))
            expect(period.ctr).toBe(of('view') === 0 ? null : of('cta') / of('view'))
            const byHost = HOSTS.map((host) => ({
              host,
              views: sum(own, (b) => window(b) && b.event === 'view' && b.referrer === host),
            }))
              .filter((r) => r.views > 0)
              .sort((a, b) => b.views - a.views || a.host.localeCompare(b.host))
              .slice(0, 3)
            expect(period.referrers).toEqual(byHost)
          }
        }
      }),
      { numRuns: 25 },
    )
  })

  it('give a page nobody read zeros and no click-through rate, not an error', async () => {
    await clear()
    const [figures] = await readersByPath(payload, [`/stats-${run}-unread`], UNTIL)
    expect(figures!.periods.map((p) => [p.totals.view, p.ctr, p.referrers])).toEqual([
      [0, null, []],
      [0, null, []],
    ])
    expect(figures!.daily).toHaveLength(30)
  })
})

describe('a guide’s Readers tab', () => {
  it('its funnel and outbound clicks per framework equal the stream’s', async () => {
    const path = PATHS[0]!
    await fc.assert(
      fc.asyncProperty(fc.array(batch, { maxLength: 60 }), async (batches) => {
        await clear()
        await store(batches)
        const own = batches.filter((b) => b.path === path)
        for (const period of await funnelOf(payload, path, UNTIL)) {
          const window = inDays(addDays(UNTIL, 1 - period.days), UNTIL)
          const of = (event: Batch['event']) => sum(own, (b) => window(b) && b.event === event)
          expect([period.totals.view, period.totals.reached, period.totals.cta]).toEqual([
            of('view'),
            of('reached'),
            of('cta'),
          ])
          const views = of('view')
          expect(period.reachedRate).toBe(views === 0 ? null : of('reached') / views)
          expect(period.ctr).toBe(views === 0 ? null : of('cta') / views)
          const outbound = Object.fromEntries(period.outbound.map((o) => [o.slug, o.clicks]))
          const expected = Object.fromEntries(
            TARGETS.map((t): [string, number] => [
              t,
              sum(own, (b) => window(b) && b.event === 'outbound' && b.target === t),
            ]).filter(([, clicks]) => clicks !== 0),
          )
          expect(outbound).toEqual(expected)
        }
      }),
      { numRuns: 25 },
    )
  })

  it('compares the 7 days before each “What changed” entry with the 7 days after, leaving its own day out', async () => {
    const path = PATHS[1]!
    const at = '2031-06-20T15:30:00.000Z'
    const change = await payload.create({
      collection: 'guide-changes',
      // Hidden: readers of the seeded guide never see this test's entry.
      data: { guide: guideId, at, kind: 'publish', hidden: true },
    })
    try {
      await fc.assert(
        fc.asyncProperty(fc.array(batch, { maxLength: 60 }), async (batches) => {
          await clear()
          await store(batches)
          const entries = await aroundChanges(payload, user, guideId, path, UNTIL)
          const entry = entries.find((e) => e.id === change.id)!
          const own = batches.filter((b) => b.path === path)
          const side = (from: string, to: string) => {
            const of = (event: Batch['event']) =>
              sum(own, (b) => inDays(from, to)(b) && b.event === event)
            return { view: of('view'), reached: of('reached'), cta: of('cta') }
          }
          const shown = ({ totals, ctr }: { totals: Totals; ctr: number | null }) => ({
            view: totals.view,
            reached: totals.reached,
            cta: totals.cta,
            ctr,
          })
          const expected = (from: string, to: string) => {
            const totals = side(from, to)
            return { ...totals, ctr: totals.view === 0 ? null : totals.cta / totals.view }
          }
          expect(entry.before.window).toEqual({ from: '2031-06-13', to: '2031-06-19' })
          expect(shown(entry.before)).toEqual(expected('2031-06-13', '2031-06-19'))
          expect(entry.after!.window).toEqual({ from: '2031-06-21', to: '2031-06-27' })
          expect(shown(entry.after!)).toEqual(expected('2031-06-21', '2031-06-27'))
        }),
        { numRuns: 15 },
      )
      // Three days on, the after side has only the days that have passed, and says so.
      const early = await aroundChanges(payload, user, guideId, path, '2031-06-23')
      expect(early.find((e) => e.id === change.id)!.after).toMatchObject({
        window: { from: '2031-06-21', to: '2031-06-23' },
        days: 3,
      })
      // On the day itself, nothing after it is a whole day yet.
      const sameDay = await aroundChanges(payload, user, guideId, path, '2031-06-20')
      expect(sameDay.find((e) => e.id === change.id)!.after).toBeNull()
    } finally {
      await payload.delete({ collection: 'guide-changes', id: change.id })
    }
  })
})
