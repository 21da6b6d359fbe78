import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

// Flushes happen when the test splits the stream, not on the server's clock.
vi.hoisted(() => {
  process.env.ANALYTICS_FLUSH_MS = '600000'
})

import { POST } from '../../app/(site)/collect/route'
import { sqlClient } from '../../tooling/throwaway'
import { flushMeasurements } from '@/lib/analytics/flush'
import { env } from '@/lib/env'

import {
  BROWSER,
  beaconRequest,
  clearRollups,
  liveTargets,
  storedRows,
  type StoredRow,
  type Targets,
} from '../helpers/analytics'
import { seededGuide } from '../helpers/payload'

const db = sqlClient(process.env.DATABASE_URL!)
let targets: Targets
let run = 0

beforeAll(async () => {
  const { payload } = await seededGuide()
  targets = await liveTargets(payload)
  await db.connect()
})
afterAll(() => db.end())

// What a reader's referrer is, and the host the rollup must keep of it (the query never).
const SECRET = 'QSECRET42'
const REFERRERS: [string, string][] = [
  [`https://news.ycombinator.com/item?id=${SECRET}`, 'news.ycombinator.com'],
  [`https://www.Google.com/search?q=${SECRET}#${SECRET}`, 'www.google.com'],
  [`${env.SITE_URL}/guides?from=${SECRET}`, ''],
  [`not a url ${SECRET}`, ''],
]
const WIDTHS: [number | undefined, string][] = [
  [undefined, 'unknown'],
  [0, 'phone'],
  [767, 'phone'],
  [768, 'tablet'],
  [1199, 'tablet'],
  [1200, 'desktop'],
  [2560, 'desktop'],
]
const EVENTS = ['view', 'reached', 'cta', 'outbound', 'copy', 'reweight'] as const

const beaconArb = fc.record({
  client: fc.nat(3),
  onGuide: fc.boolean(),
  e: fc.constantFrom(...EVENTS),
  referrer: fc.option(fc.nat(REFERRERS.length - 1), { nil: undefined }),
  width: fc.nat(WIDTHS.length - 1),
  utm: fc.option(
    fc.record({
      s: fc.option(fc.constantFrom('newsletter', 'x.com'), { nil: undefined }),
      m: fc.option(fc.constantFrom('email', 'social'), { nil: undefined }),
      c: fc.option(fc.constantFrom('dec', 'launch week'), { nil: undefined }),
    }),
    { nil: undefined },
  ),
  target: fc.nat(20),
  flushAfter: fc.boolean(),
})
type Generated = typeof beaconArb extends fc.Arbitrary<infer T> ? T : never

/** The body the beacon sends for a generated event. */
function bodyOf(g: Generated) {
  const p = g.onGuide || g.e === 'outbound' ? targets.guide : '/guides'
  if (g.e === 'outbound') return { p, e: g.e, t: targets.ranked[g.target % targets.ranked.length] }
  if (g.e !== 'view') return { p, e: g.e }
  const r = g.referrer === undefined ? undefined : REFERRERS[g.referrer]![0]
  return { p, e: g.e, r, u: g.utm, w: WIDTHS[g.width]![0] }
}

/** The stream counted directly, the way the issue states the rollup: row key → count. */
function countDirectly(stream: Generated[], clients: string[]): Map<string, number> {
  const expected = new Map<string, number>()
  const add = (...key: string[]) => {
    const k = JSON.stringify(key)
    expected.set(k, (expected.get(k) ?? 0) + 1)
  }
  const seen = new Set<string>()
  for (const g of stream) {
    const body = bodyOf(g)
    add(body.p, g.e, '', '')
    if (g.e === 'outbound') add(body.p, g.e, 'target', body.t!)
    if (g.e !== 'view') continue
    add(body.p, g.e, 'referrer', g.referrer === undefined ? '' : REFERRERS[g.referrer]![1])
    if (g.utm?.s) add(body.p, g.e, 'utm_source', g.utm.s)
    if (g.utm?.m) add(body.p, g.e, 'utm_medium', g.utm.m)
    if (g.utm?.c) add(body.p, g.e, 'utm_campaign', g.utm.c)
    add(body.p, g.e, 'device', WIDTHS[g.width]![1])
    const visitor = `${clients[g.client]}|${body.p}`
    if (!seen.has(visitor)) add(body.p, 'visitor', '', '')
    seen.add(visitor)
  }
  return expected
}

/** Stored rows summed over their buckets (a run may cross an hour). */
function summed(rows: StoredRow[]): Map<string, number> {
  const totals = new Map<string, number>()
  for (const { path, event, dim, value, count } of rows) {
    const k = JSON.stringify([path, event, dim, value])
    totals.set(k, (totals.get(k) ?? 0) + count)
  }
  return totals
}

describe('the rollups', () => {
  it('equal the stream counted directly, however it is split into flushes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(beaconArb, { minLength: 1, maxLength: 30 }), async (stream) => {
        await clearRollups(db)
        // Clients of their own each run: the rate limit and today's visitor hashes stay apart.
        const clients = [0, 1, 2, 3].map((n) => `192.0.${run % 250}.${n + 10}`)
        run++
        for (const g of stream) {
          const response = await POST(
            beaconRequest(bodyOf(g), { 'x-forwarded-for': clients[g.client]! }),
          )
          expect(response.status).toBe(204)
          if (g.flushAfter) await flushMeasurements()
        }
        await flushMeasurements()
        const stored = await storedRows(db)
        const expected = countDirectly(stream, clients)
        expect(summed(stored.daily)).toEqual(expected)
        expect(summed(stored.hourly)).toEqual(expected)

        // Nothing that names the reader, or the query they came with, beyond the UTM values.
        const text = JSON.stringify(stored)
        for (const forbidden of [...clients, BROWSER, 'Chrome', SECRET, 'item?id', '?']) {
          expect(text).not.toContain(forbidden)
        }
      }),
      { numRuns: 25 },
    )
  })
})
