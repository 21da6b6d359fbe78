import { randomBytes } from 'node:crypto'

import { expect, test, type APIRequestContext } from '@playwright/test'

import { freePort } from '../../tooling/throwaway'
import type { ThrowawayServer } from '../../tooling/throwawayServer'
import { startVarnish, type Varnish } from '../../tooling/varnish'

import { authHeader, docBySlug } from '../../tooling/siteApi'
import { readAsUser } from '../helpers/e2eAdmin'
import { firstAdmin } from '../helpers/e2eUsers'
import {
  controlledPostgres,
  firstAdminToken,
  stackSecret,
  startApp,
  startRedis,
  type ControlledPostgres,
  type Redis,
} from '../helpers/stack'

// The shipped stack: Debian's varnishd with deploy/varnish in front of two `npm start` instances
// that share Postgres and Redis, and purge it by tag when they publish.
test.describe.configure({ mode: 'serial' })

const GUIDE = 'backend-frameworks-2026'
let postgres: ControlledPostgres
let redis: Redis
let a: ThrowawayServer
let b: ThrowawayServer
let varnish: Varnish
let token = ''
let axumId = 0
const purgeSecret = randomBytes(16).toString('hex')

/** An anonymous reader through the proxy: no cookies. */
const anonymous = (request: APIRequestContext, path = '/') =>
  request.get(`${varnish.url}${path}`, { headers: { Cookie: '' } })

async function setBestFor(
  request: APIRequestContext,
  bestFor: string,
  { draft = false, on = a }: { draft?: boolean; on?: ThrowawayServer } = {},
) {
  const response = await request.patch(
    `${on.url}/api/frameworks/${axumId}${draft ? '?draft=true' : ''}`,
    { headers: authHeader(token), data: { bestFor, _status: draft ? 'draft' : 'published' } },
  )
  expect(response.ok(), await response.text()).toBe(true)
}

test.beforeAll(async () => {
  test.setTimeout(300_000)
  postgres = await controlledPostgres('proxy-pg')
  redis = await startRedis()
  const varnishPort = await freePort()
  const env = {
    DATABASE_URL: postgres.url,
    REDIS_URL: redis.url,
    PAYLOAD_SECRET: stackSecret(),
    PURGE_URLS: `http://127.0.0.1:${varnishPort}`,
    PURGE_SECRET: purgeSecret,
  }
  ;[a, b] = await Promise.all([startApp('proxy-a', env), startApp('proxy-b', env)])
  varnish = await startVarnish('proxy', {
    port: varnishPort,
    upstreams: [new URL(a.url).host, new URL(b.url).host],
    purgeSecret,
  })
  token = await firstAdminToken(a.url)
  axumId = (await docBySlug(a.url, token, 'frameworks', 'axum')).id
})

test.afterAll(async () => {
  await varnish?.stop()
  await Promise.all([a?.stop(), b?.stop()])
  await redis?.stop()
  await postgres?.remove()
})

test('pages are cached by their content tags, which readers never see', async ({ request }) => {
  // The app names exactly what the home page was built from…
  const direct = await request.get(`${a.url}/`)
  expect(direct.headers()['surrogate-key']!.split(' ').sort()).toEqual(
    ['frame', `guide:${GUIDE}`, 'links', 'site'].sort(),
  )
  expect(direct.headers()['cache-tag']).toBe(direct.headers()['surrogate-key']!.replace(/ /g, ','))

  // …and the proxy keeps the page, and the tags to itself.
  await anonymous(request)
  const second = await anonymous(request)
  expect(second.status()).toBe(200)
  expect(second.headers()['x-cache-status']).toBe('HIT')
  for (const header of ['surrogate-key', 'cache-tag', 'xkey']) {
    expect(second.headers()[header], header).toBeUndefined()
  }
  const gzipped = await request.get(`${varnish.url}/`, {
    headers: { Cookie: '', 'Accept-Encoding': 'gzip' },
  })
  expect(gzipped.headers()['content-encoding']).toBe('gzip')
  // Security headers from the app survive the proxy.
  expect(gzipped.headers()['content-security-policy']).toContain("frame-ancestors 'self'")
  // A reader's unrelated cookie does not cost a cache miss.
  const withCookie = await request.get(`${varnish.url}/`, { headers: { Cookie: 'consent=yes' } })
  expect(withCookie.headers()['x-cache-status']).toBe('HIT')
})

test('a publish on either instance is visible through the proxy within 1 s', async ({
  request,
}) => {
  for (const on of [a, b]) {
    expect((await anonymous(request)).headers()['x-cache-status']).toMatch(/HIT|MISS/)
    const text = `Teams who want raw speed (published on ${on.url}, ${Date.now()})`
    await setBestFor(request, text, { on })
    const published = Date.now()
    await expect
      .poll(async () => (await (await anonymous(request)).text()).includes(text), {
        timeout: 1_000,
        intervals: [20],
      })
      .toBe(true)
    console.log(
      `[proxy] publish on ${on.url} visible through Varnish after ${Date.now() - published} ms`,
    )
  }
})

test('the Markdown twin is cached and purged by the same tags; a browser never gets it', async ({
  request,
}) => {
  const direct = await request.get(`${a.url}/index.md`)
  expect(direct.headers()['surrogate-key']!.split(' ')).toContain(`guide:${GUIDE}`)
  const markdown = { Cookie: '', Accept: 'text/markdown' }
  const browser = { Cookie: '', Accept: 'text/html,application/xhtml+xml,*/*;q=0.8' }
  for (let i = 0; i < 2; i++) {
    await request.get(`${varnish.url}/`, { headers: markdown })
    await request.get(`${varnish.url}/`, { headers: browser })
  }
  // Two variants of `/`, each served from the cache to its own kind of client.
  const asAgent = await request.get(`${varnish.url}/`, { headers: markdown })
  expect(asAgent.headers()['content-type']).toBe('text/markdown; charset=utf-8')
  expect(asAgent.headers()['x-cache-status']).toBe('HIT')
  const asBrowser = await request.get(`${varnish.url}/`, { headers: browser })
  expect(asBrowser.headers()['content-type']).toMatch(/^text\/html/)
  expect(asBrowser.headers()['x-cache-status']).toBe('HIT')

  const text = `Teams who want raw speed (twin, ${Date.now()})`
  await setBestFor(request, text, { on: b })
  await expect
    .poll(
      async () =>
        (await (await request.get(`${varnish.url}/`, { headers: markdown })).text()).includes(
          text,
        ) && (await (await anonymous(request, '/index.md')).text()).includes(text),
      { timeout: 1_000, intervals: [20] },
    )
    .toBe(true)
})

test('a reviewer’s preview through the proxy is never cached for anyone else', async ({
  browser,
  request,
}) => {
  const published = (await (await anonymous(request)).text()).match(
    /Teams who want raw speed[^<]*/,
  )![0]
  const draftText = `Draft only: reviewers see this (${Date.now()})`
  await setBestFor(request, draftText, { draft: true })

  const guideId = (await docBySlug(a.url, token, 'guides', GUIDE)).id
  const link = await request.post(`${a.url}/api/preview-links`, {
    headers: authHeader(token),
    data: { guide: guideId, note: 'proxy review', expiresAt: new Date(Date.now() + 3600e3) },
  })
  expect(link.status(), await link.text()).toBe(201)
  const { doc } = (await link.json()) as { doc: { url: string } }
  const shareUrl = new URL(doc.url)

  const reviewer = await browser.newContext()
  const page = await reviewer.newPage()
  // allHeaders(): a redirect's headers only arrive there in Chromium.
  const responses: Promise<{ url: string; headers: Record<string, string> }>[] = []
  page.on('response', (r) => {
    // Documents only: the link's redirect and the page it lands on, not the scripts it loads.
    if (r.url().startsWith(varnish.url) && r.request().resourceType() === 'document') {
      responses.push(r.allHeaders().then((headers) => ({ url: r.url(), headers })))
    }
  })
  await page.goto(`${varnish.url}${shareUrl.pathname}${shareUrl.search}`)
  await expect(page.locator('#axum')).toContainText(draftText)
  // The link's redirect and the draft page both went past the cache, and forbid any other cache.
  const documents = await Promise.all(responses)
  const redirect = documents.findLast((d) => new URL(d.url).pathname === '/preview')
  const draftPage = documents.at(-1)!
  expect(new URL(draftPage.url).pathname).toBe(`/guides/${GUIDE}`)
  for (const { url, headers } of [redirect!, draftPage]) {
    expect(headers['x-cache-status'], url).toBe('BYPASS')
    expect(headers['cache-control'], url).toContain('no-store')
  }
  // The app itself gives a draft response no tags: nothing could index it.
  const cookie = (await reviewer.cookies()).map((c) => `${c.name}=${c.value}`).join('; ')
  const draftDirect = await request.get(`${a.url}/guides/${GUIDE}`, { headers: { Cookie: cookie } })
  expect(await draftDirect.text()).toContain(draftText)
  expect(draftDirect.headers()['surrogate-key']).toBeUndefined()
  expect(draftDirect.headers()['cache-tag']).toBeUndefined()
  await reviewer.close()

  // Right after, an anonymous reader through the same proxy sees published text, and so does the
  // next one, answered from the cache: the copy the proxy keeps is the published page.
  for (const path of ['/', `/guides/${GUIDE}`]) {
    for (const reader of ['first', 'next']) {
      const response = await anonymous(request, path)
      const body = await response.text()
      expect(body.includes(published), `published text on ${path}`).toBe(true)
      expect(body.includes(draftText), `draft text on ${path}`).toBe(false)
      if (reader === 'next') expect(response.headers()['x-cache-status'], path).toMatch(/HIT|STALE/)
    }
  }
})

test('the admin works through the proxy and is never cached', async ({ page }) => {
  await page.goto(`${varnish.url}/admin/login`)
  await page.locator('#field-email').fill(firstAdmin.email)
  await page.locator('#field-password').fill(firstAdmin.password)
  const login = page.waitForResponse((r) => r.url().includes('/api/users/login'))
  await page.getByRole('button', { name: 'Login' }).click()
  expect((await login).headers()['x-cache-status']).toBe('BYPASS')
  await expect(page).toHaveURL(`${varnish.url}/admin`)
  await page.goto(`${varnish.url}/admin/collections/frameworks`)
  await expect(page.getByRole('link', { name: 'Axum', exact: true })).toBeVisible()

  const admin = await page.request.get(`${varnish.url}/admin`)
  expect(admin.status()).toBe(200)
  expect(admin.headers()['x-cache-status']).toBe('BYPASS')

  // The admin's own account, as the API tells it to them through the proxy…
  const mine = await readAsUser<{ user: { email: string } }>(page, '/api/users/me')
  expect(mine.user.email).toBe(firstAdmin.email)
  // …and, right after, to someone without their cookie: nothing.
  const me = await fetch(`${varnish.url}/api/users/me`)
  expect(me.headers.get('x-cache-status')).toBe('BYPASS')
  expect(((await me.json()) as { user: unknown }).user).toBeNull()
})

test('a marketer’s redirect answers through the proxy, and the reader lands on its target', async ({
  request,
}) => {
  const from = `/old-name-${Date.now().toString(36)}`
  const created = await request.post(`${a.url}/api/redirects`, {
    headers: authHeader(token),
    data: { from, to: { type: 'custom', url: '/guides' }, type: '302' },
  })
  expect(created.status(), await created.text()).toBe(201)
  await expect
    .poll(
      async () => {
        const response = await request.get(`${varnish.url}${from}`, { maxRedirects: 0 })
        const location = response.headers()['location']
        return `${response.status()} ${location && new URL(location, varnish.url).pathname}`
      },
      { timeout: 3_000 },
    )
    .toBe('302 /guides')
})

test('only the app may purge: an anonymous or wrong-secret purge is refused', async ({
  request,
}) => {
  await anonymous(request)
  const tags = `guide:${GUIDE} site frame links`
  for (const headers of <Record<string, string>[]>[
    { 'Xkey-Purge': tags },
    { 'Xkey-Purge': tags, 'Purge-Secret': 'not-the-secret' },
  ]) {
    const refused = await fetch(`${varnish.url}/`, { method: 'PURGE', headers })
    expect(refused.status).toBe(403)
  }
  expect((await anonymous(request)).headers()['x-cache-status']).toBe('HIT')
  // The app's own purge, with the secret, goes through.
  const purged = await fetch(`${varnish.url}/`, {
    method: 'PURGE',
    headers: { 'Xkey-Purge': tags, 'Purge-Secret': purgeSecret },
  })
  expect(purged.status).toBe(200)
  expect(await purged.text()).toMatch(/^Purged [1-9]\d* objects$/)
  expect((await anonymous(request)).headers()['x-cache-status']).toBe('MISS')
})

test('with both app instances stopped, the proxy still serves the last published page', async ({
  request,
}) => {
  const text = `Teams who want raw speed (last before the outage, ${Date.now()})`
  await setBestFor(request, text)
  // Readers have seen the publish on both pages, so the proxy holds those copies.
  for (const path of ['/', `/guides/${GUIDE}`]) {
    await expect
      .poll(async () => (await (await anonymous(request, path)).text()).includes(text), {
        timeout: 1_000,
      })
      .toBe(true)
  }
  await Promise.all([a.stop(), b.stop()])
  // Until the health probe calls both instances sick (a backend is healthy while at least
  // .threshold = 2 of its last .window = 3 probes succeeded; varnishstat keeps them as bits).
  const sick = (bits: number) => [1, 2, 4].filter((bit) => bits & bit).length < 2
  await expect
    .poll(
      () => {
        const happy = Object.entries(varnish.stats()).filter(([name]) => name.endsWith('.happy'))
        return happy.length === 2 && happy.every(([, bits]) => sick(bits))
      },
      { timeout: 15_000 },
    )
    .toBe(true)
  for (const path of ['/', `/guides/${GUIDE}`]) {
    const response = await anonymous(request, path)
    expect(response.status(), path).toBe(200)
    expect(await response.text(), path).toContain(text)
  }
})
