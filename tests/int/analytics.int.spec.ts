import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'

// Flushes happen when a test asks, not on the server's clock.
vi.hoisted(() => {
  process.env.ANALYTICS_FLUSH_MS = '600000'
})

import config from '@payload-config'
import { REST_POST } from '@payloadcms/next/routes'

import { POST } from '../../app/(site)/collect/route'
import { sqlClient } from '../../tooling/throwaway'
import { flushMeasurements, saltOf } from '@/lib/analytics/flush'
import { prune } from '@/lib/analytics/store'
import { ANALYTICS_TABLES as T } from '@/lib/analytics/tables'
import { env } from '@/lib/env'

import {
  beaconRequest,
  clearRollups,
  liveTargets,
  refusedField,
  storedRows,
  type Targets,
} from '../helpers/analytics'
import { seededGuide, signedInAs, testPayload } from '../helpers/payload'

const db = sqlClient(process.env.DATABASE_URL!)
let targets: Targets
let signedIn: { token: string }
let run = 0
/** A client address no other test uses, so the rate limit of one never meets another's. */
const freshClient = () => `10.${Math.floor(run / 250) % 250}.${run++ % 250}.1`

beforeAll(async () => {
  const { payload } = await seededGuide()
  targets = await liveTargets(payload)
  signedIn = await signedInAs(payload, 'admin', 'flusher')
  await db.connect()
})
afterAll(() => db.end())
// What an earlier test left in memory is flushed first, then nothing is stored.
beforeEach(async () => {
  await flushMeasurements()
  await clearRollups(db)
})

const send = async (body: unknown, headers: Record<string, string> = {}) =>
  POST(beaconRequest(body, { 'x-forwarded-for': freshClient(), ...headers }))

const totals = async () => {
  await flushMeasurements()
  return storedRows(db)
}

describe('a beacon', () => {
  it('is counted with its dimensions once flushed, and answers 204 with no-store', async () => {
    const response = await send({
      p: targets.guide,
      e: 'view',
      r: 'https://news.ycombinator.com/item?id=1',
      u: { s: 'newsletter', m: 'email', c: 'dec' },
      w: 390,
    })
    expect(response.status).toBe(204)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect((await storedRows(db)).daily, 'nothing is written before the flush').toEqual([])
    const { daily, hourly } = await totals()
    const rows = daily.map(({ event, dim, value, count }) => [event, dim, value, count])
    expect(rows.sort()).toEqual(
      [
        ['view', '', '', 1],
        ['view', 'referrer', 'news.ycombinator.com', 1],
        ['view', 'utm_source', 'newsletter', 1],
        ['view', 'utm_medium', 'email', 1],
        ['view', 'utm_campaign', 'dec', 1],
        ['view', 'device', 'phone', 1],
        ['visitor', '', '', 1],
      ].sort(),
    )
    expect(hourly).toHaveLength(daily.length)
  })

  it('of an outbound click names the ranked framework; one not ranked there is refused', async () => {
    const [ranked] = targets.ranked
    expect((await send({ p: targets.guide, e: 'outbound', t: ranked })).status).toBe(204)
    const refused = await send({ p: targets.guide, e: 'outbound', t: 'not-ranked-here' })
    expect(refused.status).toBe(422)
    expect(await refusedField(refused)).toBe('t')
    const { daily } = await totals()
    expect(daily.map(({ event, dim, value, count }) => [event, dim, value, count])).toEqual([
      ['outbound', '', '', 1],
      ['outbound', 'target', ranked, 1],
    ])
  })
})

describe('readers who are not counted', () => {
  const view = () => ({ p: targets.guide, e: 'view' })
  it.each([
    ['Do Not Track', { dnt: '1' }],
    ['Global Privacy Control', { 'sec-gpc': '1' }],
    ['a known AI crawler', { 'user-agent': 'Mozilla/5.0 (compatible; GPTBot/1.2)' }],
    ['a search engine', { 'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1)' }],
    ['a prefetch', { 'sec-purpose': 'prefetch' }],
    ['a preview in draft mode', { cookie: '__prerender_bypass=1' }],
    ['a share link', { referer: `${env.SITE_URL}/?token=abc` }],
    ['a signed-in editor', { cookie: 'payload-token=x.y.z' }],
  ])('%s gets 204 and counts nothing', async (_, headers) => {
    const response = await send(view(), headers)
    expect(response.status).toBe(204)
    expect(await totals()).toEqual({ hourly: [], daily: [], visitors: [] })
  })
})

describe('the rate limit', () => {
  it(`answers 429 past ${env.ANALYTICS_RATE_LIMIT} beacons a minute from one client`, async () => {
    // Not across a minute's edge, where the window starts afresh.
    const left = 60_000 - (Date.now() % 60_000)
    if (left < 10_000) await new Promise((resolve) => setTimeout(resolve, left + 50))
    const client = { 'x-forwarded-for': freshClient() }
    const statuses: number[] = []
    for (let i = 0; i <= env.ANALYTICS_RATE_LIMIT; i++) {
      statuses.push((await send({ p: targets.guide, e: 'copy' }, client)).status)
    }
    expect(statuses.filter((s) => s === 204)).toHaveLength(env.ANALYTICS_RATE_LIMIT)
    const last = await send({ p: targets.guide, e: 'copy' }, client)
    expect(last.status).toBe(429)
    expect(Number(last.headers.get('retry-after'))).toBeGreaterThan(0)
    const { daily } = await totals()
    expect(daily).toEqual([expect.objectContaining({ count: env.ANALYTICS_RATE_LIMIT })])
    // Another client is not held back by this one.
    expect((await send({ p: targets.guide, e: 'copy' })).status).toBe(204)
  })
})

describe('a beacon from another site', () => {
  it('is refused with 403 naming the origin', async () => {
    const response = await send({ p: targets.guide, e: 'view' }, { origin: 'https://evil.test' })
    expect(response.status).toBe(403)
    expect(await refusedField(response)).toBe('origin')
    expect((await totals()).daily).toEqual([])
  })
})

describe('POST /api/analytics/flush', () => {
  const flush = (headers: Record<string, string> = {}) =>
    REST_POST(config)(
      new Request(new URL('/api/analytics/flush', env.SITE_URL), { method: 'POST', headers }),
      {
        params: Promise.resolve({ slug: ['analytics', 'flush'] }),
      },
    )

  it('refuses anonymous callers and flushes for a signed-in user', async () => {
    expect((await send({ p: targets.guide, e: 'cta' })).status).toBe(204)
    expect((await flush()).status).toBe(401)
    expect((await storedRows(db)).daily).toEqual([])
    expect((await flush({ authorization: `JWT ${signedIn.token}` })).status).toBe(204)
    expect((await storedRows(db)).daily).toEqual([
      expect.objectContaining({ event: 'cta', count: 1 }),
    ])
  })
})

describe('retention', () => {
  it('drops hourly and daily rows past their days, and every salt and hash of a day gone', async () => {
    const today = new Date().toISOString().slice(0, 10)
    const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10)
    const row = (table: string, bucket: string, path: string) =>
      db.query(
        `insert into ${table} (bucket, path, event, dim, value, count) values ($1, $2, 'view', '', '', 1)`,
        [bucket, path],
      )
    await row(T.hourly, `${daysAgo(36)}T10:00:00Z`, '/old')
    await row(T.hourly, `${daysAgo(34)}T10:00:00Z`, '/kept')
    await row(T.daily, daysAgo(401), '/old')
    await row(T.daily, daysAgo(399), '/kept')
    await db.query(`insert into ${T.visitors} (day, hash) values ($1, 'gone'), ($2, 'kept')`, [
      daysAgo(1),
      today,
    ])
    await db.query(`insert into ${T.salts} (day, salt) values ($1, 'yesterday')`, [daysAgo(1)])
    const salt = await saltOf(today)

    const payload = await testPayload()
    const pool = (payload.db as unknown as { pool: Parameters<typeof prune>[0] }).pool
    await prune(pool, today, { hourlyDays: 35, dailyDays: 400 })

    const { hourly, daily, visitors } = await storedRows(db)
    expect([...hourly, ...daily].map((r) => r.path)).toEqual(['/kept', '/kept'])
    expect(visitors.map((v) => v.hash)).toEqual(['kept'])
    const salts = await db.query(`select salt from ${T.salts} where day < $1::date`, [today])
    expect(salts.rows).toEqual([])
    const kept = await db.query(`select salt from ${T.salts} where day = $1::date`, [today])
    expect(kept.rows, 'today’s salt stays').toEqual([{ salt }])
  })
})
