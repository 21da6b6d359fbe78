import { expect, test, type Page } from '@playwright/test'

import { adminHeaders, createEditor, openDocument, signIn } from '../helpers/e2eAdmin'
import { paragraph } from '../helpers/richText'

// Readers' pages carry no framework JavaScript (issue 26, src/lib/render): no Next runtime, no
// React, no RSC payload; only our own small scripts, deferred. Checked on each kind of reader
// page, in a real browser, with figures that do not move with the machine's speed. A preview keeps
// Next's runtime, and with it Live Preview.

/** Our own scripts (src/lib/render/scripts.ts, src/lib/http/siteRoutes.ts), and nothing else. */
const OWN_SCRIPTS = new Set(['/copy-link.js', '/edit-loader.js', '/scorecard.js', '/beacon.js'])
/** Together, gzipped as a reader downloads them: the ceiling. */
const SCRIPT_BUDGET_BYTES = 5 * 1024

const pageSlug = `no-framework-${Date.now()}`

test.describe.configure({ mode: 'serial' })

test.beforeAll(async ({ request }) => {
  // A published page of our own, so every kind of reader page is here whatever the seed holds.
  const made = await request.post('/api/pages', {
    headers: await adminHeaders(),
    data: {
      title: 'A page with no framework',
      slug: pageSlug,
      _status: 'published',
      layout: [{ blockType: 'prose', content: paragraph('Plain words, written by the server.') }],
    },
  })
  expect(made.status(), await made.text()).toBe(201)
})

test.afterAll(async ({ request }) => {
  const found = await request.get(`/api/pages?where[slug][equals]=${pageSlug}&depth=0`, {
    headers: await adminHeaders(),
  })
  const { docs } = (await found.json()) as { docs: { id: number }[] }
  for (const doc of docs) {
    await request.delete(`/api/pages/${doc.id}`, { headers: await adminHeaders() })
  }
})

/** A reader's weighting of the home guide (not ours), in its one canonical spelling. */
async function weightedUrl(page: Page): Promise<string> {
  await page.goto('/')
  const select = page.locator('select[name="w"]').first()
  const editorial = await select.getAttribute('data-editorial')
  const values = await select
    .locator('option')
    .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value))
  const other = values.find((value) => value !== editorial)
  const asked = `/?w=${other}`
  const answer = await page.request.get(asked, { maxRedirects: 0 })
  const location = answer.headers().location
  const url = location ? new URL(location) : null
  const weighted = url ? `${url.pathname}${url.search}` : asked
  expect(weighted).toContain('?w=')
  return weighted
}

/** Every <script> the HTML carries: each must be data (JSON-LD) or one of our own files. */
function scriptsIn(html: string): { src?: string; type?: string; inline: string }[] {
  return [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)].map(([, attributes, body]) => ({
    src: /\bsrc="([^"]*)"/.exec(attributes ?? '')?.[1],
    type: /\btype="([^"]*)"/.exec(attributes ?? '')?.[1],
    inline: body ?? '',
  }))
}

const kinds: { kind: string; path: (page: Page) => Promise<string>; status: number }[] = [
  { kind: 'the home guide', path: () => Promise.resolve('/'), status: 200 },
  { kind: 'a page', path: () => Promise.resolve(`/${pageSlug}`), status: 200 },
  { kind: 'the guides index', path: () => Promise.resolve('/guides'), status: 200 },
  { kind: 'a missing page', path: () => Promise.resolve('/no-such-page-here'), status: 404 },
  { kind: "a reader's own weighting", path: weightedUrl, status: 200 },
]

for (const { kind, path, status } of kinds) {
  test(`${kind}: no framework script, our scripts within budget, one blocking stylesheet, no layout shift`, async ({
    page,
  }) => {
    const url = await path(page)

    // The HTML itself: no Next runtime, no React, no RSC payload, no inline script that runs.
    const response = await page.request.get(url)
    expect(response.status()).toBe(status)
    const html = await response.text()
    expect(html).not.toContain('/_next/')
    expect(html).not.toContain('__next_f')
    expect(html).not.toContain('__NEXT_DATA__')
    for (const script of scriptsIn(html)) {
      if (script.type === 'application/ld+json') continue
      expect(script.inline, 'no inline script').toBe('')
      expect(OWN_SCRIPTS.has(script.src ?? ''), `script ${script.src}`).toBe(true)
    }
    expect(response.headers()['content-security-policy']).not.toContain("'unsafe-inline' 'unsafe")
    expect(response.headers()['content-security-policy']).toMatch(
      /script-src 'self'(;| 'unsafe-eval')/,
    )

    // What the browser fetched: our scripts only, and few bytes of them.
    const scripts: { url: string; bytes: number }[] = []
    page.on('requestfinished', (request) => {
      if (request.resourceType() !== 'script') return
      void request
        .sizes()
        .then(({ responseBodySize }) =>
          scripts.push({ url: new URL(request.url()).pathname, bytes: responseBodySize }),
        )
    })
    await page.goto(url, { waitUntil: 'load' })
    await page.waitForLoadState('networkidle')
    for (const script of scripts) expect(OWN_SCRIPTS.has(script.url), script.url).toBe(true)
    const total = scripts.reduce((sum, script) => sum + script.bytes, 0)
    expect(total).toBeLessThanOrEqual(SCRIPT_BUDGET_BYTES)

    const { blocking, shift } = await page.evaluate(
      () =>
        new Promise<{ blocking: string[]; shift: number }>((resolve) => {
          const blocking = performance
            .getEntriesByType('resource')
            .filter(
              (entry) =>
                (entry as PerformanceResourceTiming & { renderBlockingStatus?: string })
                  .renderBlockingStatus === 'blocking',
            )
            .map((entry) => new URL(entry.name).pathname)
          let shift = 0
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & {
              value: number
              hadRecentInput: boolean
            })[]) {
              if (!entry.hadRecentInput) shift += entry.value
            }
          }).observe({ type: 'layout-shift', buffered: true })
          setTimeout(() => resolve({ blocking, shift }), 500)
        }),
    )
    expect(blocking).toEqual(['/site.css'])
    expect(shift).toBe(0)
  })
}

test('a preview keeps Next’s runtime, and Live Preview refreshes on autosave', async ({
  page,
  request,
}) => {
  // An editor of its own: the admin remembers an open Live Preview per user, and other specs sign
  // in as the first admin.
  const editor = {
    email: `no-framework-${Date.now()}@example.com`,
    password: 'no-framework-pass-1',
  }
  await createEditor(request, editor.email, editor.password)
  await signIn(page, editor)
  const text = `No framework ${Date.now()}`
  await openDocument(page, 'frameworks', 'Laravel')
  await page.getByRole('button', { name: 'Live Preview' }).click()
  const frame = page.frameLocator('iframe').first()
  await expect(frame.locator('#laravel')).toBeVisible({ timeout: 20_000 })
  // The framed preview is the App Router's page: Next's client runtime is there.
  expect(await frame.locator('script[src*="/_next/"]').count()).toBeGreaterThan(0)

  await page.locator('#field-bestFor').fill(text)
  await expect(frame.locator('#laravel')).toContainText(text, { timeout: 15_000 })
})
