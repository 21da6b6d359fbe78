import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'

import { expect, test } from '@playwright/test'

import { freePort, sqlClient } from '../../tooling/throwaway'
import type { ThrowawayServer } from '../../tooling/throwawayServer'
import { startVarnish, type Varnish } from '../../tooling/varnish'

import { authHeader } from '../../tooling/siteApi'
import {
  controlledPostgres,
  firstAdminToken,
  stackSecret,
  startApp,
  startRedis,
  type ControlledPostgres,
  type Redis,
} from '../helpers/stack'

// Readers' beacons (docs/measurement.md) through the shipped stack: deploy/varnish in front of two
// `npm start` instances that share Postgres and count in Redis.
test.describe.configure({ mode: 'serial' })

// A browser's agent: an empty one, or a scripted client's, is a bot and counts nothing.
const READER_AGENT = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0'
let postgres: ControlledPostgres
let redis: Redis
let a: ThrowawayServer
let b: ThrowawayServer
let varnish: Varnish
let token = ''
let readers = 0

/** A reader of their own (198.18.0.0/15, the benchmarking range): one rate-limit client each. */
const newReader = () => {
  readers++
  return `198.18.${readers >> 8}.${readers & 255}`
}

/**
 * A beacon as a reader's sendBeacon sends it from a page of the site (Varnish's origin), from
 * `reader`'s address, to `base`'s /collect: through Varnish, or straight to an instance.
 */
const beacon = (base: string, reader: string, body: Record<string, unknown>) =>
  fetch(`${base}/collect`, {
    method: 'POST',
    headers: {
      'Content-Type': 'text/plain;charset=UTF-8',
      'User-Agent': READER_AGENT,
      Origin: varnish.url,
      'X-Forwarded-For': reader,
    },
    body: JSON.stringify(body),
  })

/** What the rollups hold for `path`'s `event` (`dim`/`value` '' = its total), all buckets. */
async function counted(path: string, event: string, dim = '', value = '') {
  const db = sqlClient(postgres.url)
  await db.connect()
  try {
    const sum = async (table: string) => {
      const { rows } = await db.query<{ n: string }>(
        `select coalesce(sum(count), 0) as n from ${table}
          where path = $1 and event = $2 and dim = $3 and value = $4`,
        [path, event, dim, value],
      )
      return Number(rows[0]!.n)
    }
    return { hourly: await sum('analytics_hourly'), daily: await sum('analytics_daily') }
  } finally {
    await db.end()
  }
}

/** A signed-in flush on instance A: its memory, and what every instance added to Redis. */
async function flush() {
  const response = await fetch(`${a.url}/api/analytics/flush`, {
    method: 'POST',
    headers: authHeader(token),
  })
  expect(response.status, await response.text()).toBe(204)
}

/**
 * Flushes until the rollups hold `expected` for that row, then once more: a count that reached it
 * and went on past it (a batch moved twice) fails too.
 */
async function expectCounted(expected: number, ...row: Parameters<typeof counted>) {
  const both = { hourly: expected, daily: expected }
  await expect
    .poll(async () => (await flush(), await counted(...row)), { timeout: 15_000 })
    .toEqual(both)
  await flush()
  expect(await counted(...row)).toEqual(both)
}

test.beforeAll(async () => {
  test.setTimeout(300_000)
  postgres = await controlledPostgres('measurement-pg')
  redis = await startRedis()
  const varnishPort = await freePort()
  const purgeSecret = randomBytes(16).toString('hex')
  const env = {
    DATABASE_URL: postgres.url,
    REDIS_URL: redis.url,
    PAYLOAD_SECRET: stackSecret(),
    // Readers reach the site through Varnish, as in deploy/: their pages' beacons carry its origin,
    // and /collect takes beacons from the site's own pages only.
    SITE_URL: `http://127.0.0.1:${varnishPort}`,
    PURGE_URLS: `http://127.0.0.1:${varnishPort}`,
    PURGE_SECRET: purgeSecret,
    // The spec plays a CDN in front of Varnish: it names each reader's address in
    // X-Forwarded-For and Varnish appends its own client's (127.0.0.1). Two hops, so the app
    // takes the reader's, and the rate limit (its default, 60 a minute) meets each reader as a
    // client of their own rather than every beacon of the spec as one. A beacon sent straight to
    // an instance carries the reader's entry alone, which two hops also take.
    ANALYTICS_PROXY_HOPS: '2',
  }
  // Each instance's beacon collector, where Varnish sends /collect (deploy/varnish).
  const collectPorts = [await freePort(), await freePort()]
  ;[a, b] = await Promise.all([
    // A flushes every 300 ms on its own, besides the spec's signed-in flushes.
    startApp('measurement-a', {
      ...env,
      ANALYTICS_FLUSH_MS: '300',
      COLLECT_PORT: String(collectPorts[0]),
    }),
    // B never flushes within the spec (ten minutes) and is never asked to: what it counts reaches
    // Postgres only through Redis, moved by A. In memory it would stay in B and never add up.
    startApp('measurement-b', {
      ...env,
      ANALYTICS_FLUSH_MS: '600000',
      COLLECT_PORT: String(collectPorts[1]),
    }),
  ])
  varnish = await startVarnish('measurement', {
    port: varnishPort,
    upstreams: [new URL(a.url).host, new URL(b.url).host],
    collectors: collectPorts.map((port) => `127.0.0.1:${port}`),
    purgeSecret,
  })
  token = await firstAdminToken(a.url)
})

test.afterAll(async () => {
  await varnish?.stop()
  await Promise.all([a?.stop(), b?.stop()])
  await redis?.stop()
  await postgres?.remove()
})

/** Requests Varnish has sent to backends named `name`1, `name`2… (varnishstat's VBE counters). */
const backendRequests = (name: 'app' | 'collect') =>
  Object.entries(varnish.stats())
    .filter(([key]) => new RegExp(`^VBE\\.[^.]+\\.${name}\\d+\\.req$`).test(key))
    .reduce((sum, [, value]) => sum + value, 0)

test('through Varnish a reader’s page stays a cache hit while its beacons reach the collectors', async () => {
  const page = () => fetch(`${varnish.url}/`, { headers: { 'User-Agent': READER_AGENT } })
  // Varnish sends beacons to a collector once its probe has answered.
  await expect
    .poll(
      () =>
        beacon(varnish.url, newReader(), { p: '/', e: 'copy' }).then(() =>
          backendRequests('collect'),
        ),
      { timeout: 15_000 },
    )
    .toBeGreaterThan(0)
  await (await page()).text()
  const first = await page()
  expect(first.headers.get('x-cache-status')).toBe('HIT')
  const age = Number(first.headers.get('age'))

  // Each reader loads the page and sends the same view: one cached page for all, yet every
  // beacon is its own request to the app (round robin: both instances get some).
  const campaign = `stack-${randomBytes(4).toString('hex')}`
  const view = { p: '/', e: 'view', u: { s: 'newsletter', c: campaign }, w: 390 }
  const n = 30
  const [toApps, toCollectors] = [backendRequests('app'), backendRequests('collect')]
  for (let i = 0; i < n; i++) {
    const response = await page()
    expect(response.status).toBe(200)
    expect(response.headers.get('x-cache-status'), `page ${i}`).toBe('HIT')
    const sent = await beacon(varnish.url, newReader(), view)
    expect(sent.status, await sent.text()).toBe(204)
    expect(sent.headers.get('cache-control')).toBe('no-store')
    expect(sent.headers.get('x-cache-status')).toBe('BYPASS')
  }
  // The same stored copy all along: the beacons did not cost the page a fetch from the app.
  const last = await page()
  expect(last.headers.get('x-cache-status')).toBe('HIT')
  expect(Number(last.headers.get('age'))).toBeGreaterThanOrEqual(age)
  // Every beacon went to a collector, none to Next (the apps saw only their probes' requests,
  // which varnishstat does not count as `req`).
  await expect.poll(() => backendRequests('collect') - toCollectors).toBe(n)
  expect(backendRequests('app') - toApps).toBe(0)

  await expectCounted(n, '/', 'view', 'utm_campaign', campaign)
  await expectCounted(n, '/', 'view', 'utm_source', 'newsletter')
  await expectCounted(n, '/', 'view', 'device', 'phone')
})

test('with two instances and Redis, beacons sent to both add up exactly', async () => {
  const path = '/guides'
  await flush()
  const before = await counted(path, 'visitor')
  const campaign = `cluster-${randomBytes(4).toString('hex')}`
  const view = { p: path, e: 'view', u: { c: campaign } }
  // Every reader's view reaches both instances, all at once: twice the views, each reader one
  // visitor (their second view's hash is already known, whichever instance saw it first).
  const k = 40
  const sent = await Promise.all(
    Array.from({ length: k }, () => newReader()).flatMap((reader) =>
      [a, b].map(async (server) => (await beacon(server.url, reader, view)).status),
    ),
  )
  expect(sent).toEqual(Array<number>(2 * k).fill(204))

  await expectCounted(2 * k, path, 'view', 'utm_campaign', campaign)
  await expectCounted(2 * k, path, 'view')
  await expectCounted(before.daily + k, path, 'visitor')
})

test('a kill -9 of an instance loses none of the beacons it answered', async () => {
  const campaign = `killed-${randomBytes(4).toString('hex')}`
  const view = { p: '/', e: 'view', u: { c: campaign } }
  const n = 25
  for (let i = 0; i < n; i++) {
    expect((await beacon(b.url, newReader(), view)).status).toBe(204)
  }
  // No flush on B could have run (its interval is ten minutes): the counts are in Redis only.
  // `npm start` runs Next as a child: the kill is for both, or Next would live on without it.
  for (const pid of processTree(b.process.pid!)) process.kill(pid, 'SIGKILL')
  await expect
    .poll(() =>
      fetch(b.url).then(
        () => 'answers',
        () => 'gone',
      ),
    )
    .toBe('gone')
  await expectCounted(n, '/', 'view', 'utm_campaign', campaign)
})

/** `pid` and every process under it, children first (Linux: /proc). */
function processTree(pid: number): number[] {
  const file = `/proc/${pid}/task/${pid}/children`
  const children = existsSync(file) ? readFileSync(file, 'utf8').split(/\s+/).filter(Boolean) : []
  return [...children.flatMap((child) => processTree(Number(child))), pid]
}
