import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { isMiss } from '@/lib/cache/misses.mjs'
import { TAGS } from '@/lib/cache/tags'

// Entries shaped as Next 16 hands them to the cache handler (CachedRouteKind): a rendered page,
// a route's response, and an unstable_cache result (its JSON in `data.body`).
const page = (status: number, tags: string[]) => ({
  kind: 'APP_PAGE',
  html: '<!DOCTYPE html><html><body><main>…</main></body></html>',
  rscData: Buffer.from('0:{}'),
  headers: { 'x-next-cache-tags': ['_N_T_/layout', ...tags].join(',') },
  postponed: undefined,
  status,
  segmentData: undefined,
})
const route = (status: number) => ({
  kind: 'APP_ROUTE',
  body: Buffer.from(status === 200 ? '# A guide' : 'Not found'),
  status,
  headers: { 'content-type': 'text/markdown; charset=utf-8' },
})
const lookup = (result: unknown) => ({
  kind: 'FETCH',
  data: { headers: {}, body: JSON.stringify(result), status: 200, url: '' },
  revalidate: 31536000,
})
const pageContext = { cacheControl: { revalidate: false }, tags: [] }
const dataContext = { fetchCache: true, tags: [TAGS.guide('x')] }

describe('what Next’s cache may keep', () => {
  it('a page, a route or a lookup that found something is kept', () => {
    expect(isMiss(page(200, [TAGS.site]))).toBe(false)
    expect(isMiss(route(200))).toBe(false)
    expect(isMiss(lookup({ slug: 'backend-frameworks-2026', title: 'Backend frameworks' }))).toBe(
      false,
    )
    expect(isMiss(lookup([]))).toBe(false)
    expect(isMiss(page(307, []))).toBe(false)
  })

  it('any 4xx page or route, and a lookup that found nothing, is a miss', () => {
    fc.assert(
      fc.property(fc.integer({ min: 400, max: 499 }), (status) => {
        expect(isMiss(page(status, []))).toBe(true)
        expect(isMiss(route(status))).toBe(true)
      }),
    )
    expect(isMiss(lookup(null))).toBe(true)
    expect(isMiss(lookup(undefined))).toBe(true)
  })

  it('what it does not know (no entry, another kind) is left to the handler', () => {
    expect(isMiss(null)).toBe(false)
    expect(isMiss(undefined)).toBe(false)
    expect(isMiss({ kind: 'IMAGE', etag: 'x', buffer: Buffer.from(''), extension: 'png' })).toBe(
      false,
    )
  })
})

describe('the cache handler Next runs (in memory, as without REDIS_URL)', () => {
  type Entry = { value: unknown } | null
  type Handler = {
    get: (key: string, ctx: { softTags: string[] }) => Promise<Entry>
    set: (key: string, value: unknown, ctx: unknown) => Promise<void>
  }
  let handler: Handler
  const redisUrl = process.env.REDIS_URL

  beforeAll(async () => {
    delete process.env.REDIS_URL
    // Typed loosely: the entries above carry the fields the handler reads, not all of Next's.
    const { default: TaggingCacheHandler } = (await import('@/cache-handler.mjs')) as unknown as {
      default: new (context: { serverDistDir: string; dev: boolean }) => Handler
    }
    handler = new TaggingCacheHandler({ serverDistDir: '/nonexistent/.next/server', dev: false })
  })
  afterAll(() => {
    if (redisUrl !== undefined) process.env.REDIS_URL = redisUrl
  })

  it('keeps the home page through more missing addresses than it has room for', async () => {
    const home = page(200, [TAGS.site, TAGS.guide('backend-frameworks-2026')])
    await handler.set('/', home, pageContext)
    await handler.set('/index.md', route(200), pageContext)
    // The local LRU holds 1,000 entries; each missing guide address stores a page and a lookup.
    for (let n = 0; n < 3_000; n++) {
      await handler.set(
        `/guides/qa-evict-${n}`,
        page(404, [TAGS.guide(`qa-evict-${n}`)]),
        pageContext,
      )
      await handler.set(`/markdown/qa-evict-${n}`, route(404), pageContext)
      await handler.set(`guide-lookup-qa-evict-${n}`, lookup(null), dataContext)
    }
    expect((await handler.get('/', { softTags: [] }))?.value).toMatchObject({ status: 200 })
    expect((await handler.get('/index.md', { softTags: [] }))?.value).toMatchObject({
      status: 200,
    })
    expect(await handler.get('/guides/qa-evict-1', { softTags: [] })).toBeNull()
    expect(await handler.get('guide-lookup-qa-evict-1', { softTags: [] })).toBeNull()
  })

  it('a 404 it does not keep still names its tags, for a proxy to purge on publish', async () => {
    const missing = page(404, [TAGS.site, TAGS.guide('not-yet-published')])
    await handler.set('/guides/not-yet-published', missing, pageContext)
    expect(missing.headers).toMatchObject({
      'surrogate-key': `${TAGS.site} ${TAGS.guide('not-yet-published')}`,
      vary: 'Accept',
    })
    expect(await handler.get('/guides/not-yet-published', { softTags: [] })).toBeNull()
  })
})
