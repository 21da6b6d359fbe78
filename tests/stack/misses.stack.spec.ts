import { randomBytes } from 'node:crypto'

import { expect, test } from '@playwright/test'
import { createClient } from 'redis'

import { authHeader } from '../../tooling/siteApi'
import { freePort } from '../../tooling/throwaway'
import type { ThrowawayServer } from '../../tooling/throwawayServer'
import { startVarnish, type Varnish } from '../../tooling/varnish'

import { paragraph } from '../helpers/richText'
import {
  controlledPostgres,
  firstAdminToken,
  stackSecret,
  startApp,
  startRedis,
  type ControlledPostgres,
  type Redis,
} from '../helpers/stack'

// Anyone can ask for as many addresses that do not exist as they like. Two instances on one
// Postgres: `memory` keeps Next's cache in its own memory (an LRU of 1,000 entries), behind the
// shipped Varnish; `shared` keeps it in Redis. Misses must not push out the pages readers need.
test.describe.configure({ mode: 'serial' })

const GUIDE = 'backend-frameworks-2026'
// What readers and agents ask for most: the home page, the guide, their Markdown, the llms index.
const READER_PAGES = ['/', `/guides/${GUIDE}`, '/index.md', '/llms.txt']
const FLOOD = 10_000
const CONCURRENCY = 16

let postgres: ControlledPostgres
let redis: Redis
let memory: ThrowawayServer
let shared: ThrowawayServer
let varnish: Varnish
let token = ''

/** A missing address of each kind of route: pages, catch-alls, twins, feeds, og images. */
function missingPath(n: number): string {
  const slug = `qa-miss-${n}-${randomBytes(4).toString('hex')}`
  const kinds = [
    `/guides/${slug}`,
    `/${slug}`,
    `/${slug}/deeper/${n}`,
    `/${slug}.md`,
    `/guides/${slug}.md`,
    `/guides/${slug}/changes.xml`,
    `/og/${slug}`,
    `/og/pages/${slug}`,
  ]
  return kinds[n % kinds.length]!
}

/** `count` missing addresses asked of `base`, `CONCURRENCY` at a time; every answer a 404. */
async function askForMissing(base: string, count: number) {
  const started = Date.now()
  const statuses = new Map<number, number>()
  let next = 0
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < count) {
        const response = await fetch(`${base}${missingPath(next++)}`)
        await response.arrayBuffer()
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1)
      }
    }),
  )
  expect(Object.fromEntries(statuses)).toEqual({ 404: count })
  return (Date.now() - started) / 1000
}

/** Next's own verdict on a path: HIT when it served the stored copy. */
async function nextCache(server: ThrowawayServer, path: string) {
  const response = await fetch(`${server.url}${path}`)
  expect(response.status, path).toBe(200)
  await response.arrayBuffer()
  return response.headers.get('x-nextjs-cache')
}

/** Varnish's verdict on a path, asked as an anonymous browser. */
async function proxyCache(path: string) {
  const response = await fetch(`${varnish.url}${path}`)
  await response.arrayBuffer()
  return { status: response.status, cache: response.headers.get('x-cache-status') }
}

async function expectReaderPagesCached(server: ThrowawayServer) {
  for (const path of READER_PAGES) expect(await nextCache(server, path), path).toBe('HIT')
}

async function warm(server: ThrowawayServer) {
  for (const path of READER_PAGES) await nextCache(server, path)
  await expectReaderPagesCached(server)
}

test.beforeAll(async () => {
  test.setTimeout(300_000)
  postgres = await controlledPostgres('misses-pg')
  redis = await startRedis()
  const varnishPort = await freePort()
  const purgeSecret = randomBytes(16).toString('hex')
  const env = { DATABASE_URL: postgres.url, PAYLOAD_SECRET: stackSecret() }
  ;[memory, shared] = await Promise.all([
    startApp('misses-memory', {
      ...env,
      PURGE_URLS: `http://127.0.0.1:${varnishPort}`,
      PURGE_SECRET: purgeSecret,
    }),
    startApp('misses-shared', { ...env, REDIS_URL: redis.url }),
  ])
  varnish = await startVarnish('misses', {
    port: varnishPort,
    upstreams: [new URL(memory.url).host],
    purgeSecret,
  })
  token = await firstAdminToken(memory.url)
})

test.afterAll(async () => {
  await varnish?.stop()
  await Promise.all([memory?.stop(), shared?.stop()])
  await redis?.stop()
  await postgres?.remove()
})

test(`${FLOOD} missing addresses through the proxy evict none of the pages readers need`, async () => {
  test.setTimeout(900_000)
  await warm(memory)
  for (const path of READER_PAGES) await proxyCache(path)
  for (const path of READER_PAGES) expect((await proxyCache(path)).cache, path).toBe('HIT')
  const before = varnish.stats()

  const seconds = await askForMissing(varnish.url, FLOOD)

  const after = varnish.stats()
  const kept = (counter: string) => (after[counter] ?? 0) - (before[counter] ?? 0)
  console.log(
    `[misses] ${FLOOD} missing addresses through Varnish in ${seconds.toFixed(1)} s ` +
      `(${(FLOOD / seconds).toFixed(0)}/s, ${CONCURRENCY} at a time); Varnish main storage ` +
      `+${kept('SMA.s0.g_alloc')} objects, transient +${kept('SMA.Transient.c_req')} ` +
      `allocations, ${after['MAIN.n_lru_nuked'] ?? 0} evicted`,
  )
  // The app served the pages from its cache: nothing readers need was evicted by the misses…
  await expectReaderPagesCached(memory)
  // …and so did the proxy, which keeps misses out of the storage its pages live in.
  for (const path of READER_PAGES) expect((await proxyCache(path)).cache, path).toBe('HIT')
  expect(kept('SMA.s0.g_alloc')).toBeLessThan(FLOOD / 100)
})

test('the proxy keeps a 404 briefly, and a page published at that address replaces it at once', async () => {
  const slug = `qa-soon-${randomBytes(4).toString('hex')}`
  expect(await proxyCache(`/${slug}`)).toEqual({ status: 404, cache: 'MISS' })
  // A burst on one broken link costs the app one render.
  expect(await proxyCache(`/${slug}`)).toEqual({ status: 404, cache: 'HIT' })

  const created = await fetch(`${memory.url}/api/pages`, {
    method: 'POST',
    headers: { ...authHeader(token), 'Content-Type': 'application/json' },
    body: JSON.stringify({
      title: 'Published where a reader found nothing',
      slug,
      layout: [{ blockType: 'prose', content: paragraph('Here now.') }],
      _status: 'published',
    }),
  })
  expect(created.status, await created.clone().text()).toBe(201)
  const { doc } = (await created.json()) as { doc: { id: number } }
  try {
    // Well inside the 5 s the proxy keeps a 404: the publish purged it by its tags.
    await expect
      .poll(async () => (await proxyCache(`/${slug}`)).status, { timeout: 1_000, intervals: [50] })
      .toBe(200)
  } finally {
    await fetch(`${memory.url}/api/pages/${doc.id}`, {
      method: 'DELETE',
      headers: authHeader(token),
    })
  }
})

test('missing addresses add nothing to the cache an instance shares through Redis', async () => {
  test.setTimeout(300_000)
  const client = createClient({ url: redis.url })
  await client.connect()
  try {
    await warm(shared)
    // The not-found page's own reads (site, frame, links) are real entries: stored on the first.
    await askForMissing(shared.url, 8)
    const keys = await client.dbSize()
    const count = 1_000
    const seconds = await askForMissing(shared.url, count)
    const added = (await client.dbSize()) - keys
    console.log(
      `[misses] ${count} missing addresses on the Redis instance in ${seconds.toFixed(1)} s; ` +
        `Redis keys ${keys} → ${keys + added}`,
    )
    expect(added).toBe(0)
    await expectReaderPagesCached(shared)
  } finally {
    await client.quit()
  }
})
