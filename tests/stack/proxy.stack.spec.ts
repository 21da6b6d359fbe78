import { expect, test, type APIRequestContext } from '@playwright/test'

import { freePort } from '../../tooling/throwaway'
import { startNginx, type Nginx } from '../../tooling/nginx'

import { authHeader, docBySlug } from '../../tooling/siteApi'
import { readAsUser } from '../helpers/e2eAdmin'
import { firstAdmin } from '../helpers/e2eUsers'
import { appOnOwnPostgres, stopOwnStack, type OwnStack } from '../helpers/stack'

// Debian's nginx runs the repo's deploy/nginx config in front of this spec's own `npm start`.
test.describe.configure({ mode: 'serial' })

let stack: OwnStack
let nginx: Nginx
let axumId = 0

/** An anonymous reader through the proxy: no cookies. */
const anonymous = (request: APIRequestContext, path = '/') =>
  request.get(`${nginx.url}${path}`, { headers: { Cookie: '' } })

async function setBestFor(request: APIRequestContext, bestFor: string, draft: boolean) {
  const response = await request.patch(
    `${stack.app.url}/api/frameworks/${axumId}${draft ? '?draft=true' : ''}`,
    {
      headers: authHeader(stack.token),
      data: { bestFor, _status: draft ? 'draft' : 'published' },
    },
  )
  expect(response.ok(), await response.text()).toBe(true)
}

test.beforeAll(async () => {
  test.setTimeout(240_000)
  stack = await appOnOwnPostgres('proxy')
  const { app, token } = stack
  nginx = await startNginx('proxy', { port: await freePort(), upstream: new URL(app.url).host })
  axumId = (await docBySlug(app.url, token, 'frameworks', 'axum')).id
})

test.afterAll(async () => {
  await nginx?.stop()
  await stopOwnStack(stack)
})

test('the proxy micro-caches the public page and compresses it', async ({ request }) => {
  await anonymous(request)
  const second = await anonymous(request)
  expect(second.status()).toBe(200)
  expect(second.headers()['x-cache-status']).toMatch(/HIT|UPDATING|STALE/)

  const gzipped = await request.get(`${nginx.url}/`, {
    headers: { Cookie: '', 'Accept-Encoding': 'gzip' },
  })
  expect(gzipped.headers()['content-encoding']).toBe('gzip')
  // Security headers from the app survive the proxy.
  expect(gzipped.headers()['content-security-policy']).toContain("frame-ancestors 'self'")
})

test('a publish is visible through the proxy within 2 s', async ({ request }) => {
  await anonymous(request) // the page is in nginx's cache
  const text = `Teams who want raw speed (published ${Date.now()})`
  await setBestFor(request, text, false)
  const published = Date.now()
  await expect
    .poll(async () => (await (await anonymous(request)).text()).includes(text), {
      timeout: 2_000,
      intervals: [50],
    })
    .toBe(true)
  console.log(`[proxy] publish visible through nginx after ${Date.now() - published} ms`)
})

test('a reviewer’s preview through the proxy is never cached for anyone else', async ({
  browser,
  request,
}) => {
  const published = (await (await anonymous(request)).text()).match(
    /Teams who want raw speed[^<]*/,
  )![0]
  const draftText = `Draft only: reviewers see this (${Date.now()})`
  await setBestFor(request, draftText, true)

  const guideId = (await docBySlug(stack.app.url, stack.token, 'guides', 'backend-frameworks-2026'))
    .id
  const link = await request.post(`${stack.app.url}/api/preview-links`, {
    headers: authHeader(stack.token),
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
    if (r.url().startsWith(nginx.url) && !r.url().includes('/_next/static/')) {
      responses.push(r.allHeaders().then((headers) => ({ url: r.url(), headers })))
    }
  })
  await page.goto(`${nginx.url}${shareUrl.pathname}${shareUrl.search}`)
  await expect(page.locator('#axum')).toContainText(draftText)
  // The link's redirect and the draft page both went past the cache, and forbid any other cache.
  // (Chromium may ask for /preview twice: the first answer's Critical-CH makes it retry.)
  const documents = await Promise.all(responses)
  const redirect = documents.findLast((d) => new URL(d.url).pathname === '/preview')
  const draftPage = documents.at(-1)!
  expect(new URL(draftPage.url).pathname).toBe('/guides/backend-frameworks-2026')
  for (const { url, headers } of [redirect!, draftPage]) {
    expect(headers['x-cache-status'], url).toBe('BYPASS')
    expect(headers['cache-control'], url).toContain('no-store')
  }
  await reviewer.close()

  // Right after, and for a while, an anonymous reader through the same proxy sees published text.
  for (let i = 0; i < 5; i++) {
    const body = await (await anonymous(request)).text()
    expect(body.includes(published), 'published text').toBe(true)
    expect(body.includes(draftText), 'draft text').toBe(false)
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
})

test('the admin works through the proxy and is never cached', async ({ page }) => {
  await page.goto(`${nginx.url}/admin/login`)
  await page.locator('#field-email').fill(firstAdmin.email)
  await page.locator('#field-password').fill(firstAdmin.password)
  const login = page.waitForResponse((r) => r.url().includes('/api/users/login'))
  await page.getByRole('button', { name: 'Login' }).click()
  expect((await login).headers()['x-cache-status']).toBe('BYPASS')
  await expect(page).toHaveURL(`${nginx.url}/admin`)
  await page.goto(`${nginx.url}/admin/collections/frameworks`)
  await expect(page.getByRole('link', { name: 'Axum', exact: true })).toBeVisible()

  const admin = await page.request.get(`${nginx.url}/admin`)
  expect(admin.status()).toBe(200)
  expect(admin.headers()['x-cache-status']).toBe('BYPASS')

  // The admin's own account, as the API tells it to them through the proxy…
  const mine = await readAsUser<{ user: { email: string } }>(page, '/api/users/me')
  expect(mine.user.email).toBe(firstAdmin.email)
  // …and, right after, to someone without their cookie: nothing.
  const me = await fetch(`${nginx.url}/api/users/me`)
  expect(me.headers.get('x-cache-status')).toBe('BYPASS')
  expect(((await me.json()) as { user: unknown }).user).toBeNull()
})

test('a marketer’s redirect answers through the proxy, and the reader lands on its target', async ({
  request,
}) => {
  const from = `/old-name-${Date.now().toString(36)}`
  const created = await request.post(`${stack.app.url}/api/redirects`, {
    headers: authHeader(stack.token),
    data: { from, to: { type: 'custom', url: '/guides' }, type: '302' },
  })
  expect(created.status(), await created.text()).toBe(201)
  await expect
    .poll(
      async () => {
        const response = await request.get(`${nginx.url}${from}`, { maxRedirects: 0 })
        const location = response.headers()['location']
        // nginx may rewrite the upstream's absolute Location to a path of its own host.
        return `${response.status()} ${location && new URL(location, nginx.url).pathname}`
      },
      { timeout: 3_000 },
    )
    .toBe('302 /guides')
  const followed = await anonymous(request, from)
  expect(followed.status()).toBe(200)
  expect(new URL(followed.url()).pathname).toBe('/guides')
})
