import { expect, test, type BrowserContext, type Page } from '@playwright/test'

import { adminToken, authHeader, docBySlug } from '../../tooling/siteApi'
import { adminHeaders, restoreLater } from '../helpers/e2eAdmin'
import { e2eBaseURL, firstAdmin } from '../helpers/e2eUsers'
import { paragraphWithLink } from '../helpers/richText'

// What a reader's page sends to /collect (src/lib/analytics/beaconScript.ts), read from the
// requests Chromium makes: a view, the ranking reached, the CTA, an outbound click on a ranked
// framework, Copy link and a re-weighting; nothing from a preview, nothing under DNT or GPC.
// Each beacon counted must also get an answer (whatever its status): a CSP that refused the
// request, or a cache in the way, would leave it unanswered.

type Beacon = {
  p: string
  e: string
  r?: string
  u?: Record<string, string>
  t?: string
  w?: number
}

/** A site of a ranked framework's own: the outbound link the home guide's entry gets here. */
const OUTBOUND = 'https://framework-home.example/docs'

let ranked = ''
let restore: (() => Promise<void>) | undefined

test.describe.configure({ mode: 'serial' })

test.beforeAll(async ({ request }) => {
  // The home guide's first ranked entry links out to its own site, as a blurb may.
  const home = await (await request.get('/')).text()
  ranked = /data-beacon-target="([^"]+)"/.exec(home)?.[1] ?? ''
  expect(ranked, 'a ranked entry on the home guide').not.toBe('')
  restore = await restoreLater('frameworks', ranked, ['blurb'])
  const token = await adminToken(e2eBaseURL, firstAdmin)
  const framework = await docBySlug(e2eBaseURL, token, 'frameworks', ranked)
  const saved = await request.patch(`/api/frameworks/${String(framework.id)}`, {
    headers: authHeader(token),
    data: {
      blurb: paragraphWithLink('Read more on ', OUTBOUND, 'its own site'),
      _status: 'published',
    },
  })
  expect(saved.status(), await saved.text()).toBe(200)
  await expect.poll(async () => (await request.get('/')).text()).toContain(OUTBOUND)
})

test.afterAll(async () => {
  await restore?.()
})

/** Every beacon the page sends from now on that got an answer, and any that did not. */
function beaconsOf(page: Page) {
  const answered: Beacon[] = []
  const failed: string[] = []
  const isBeacon = (url: string, method: string) =>
    method === 'POST' && new URL(url).pathname === '/collect'
  page.on('requestfinished', (request) => {
    if (isBeacon(request.url(), request.method())) {
      answered.push(JSON.parse(request.postData() ?? 'null') as Beacon)
    }
  })
  page.on('requestfailed', (request) => {
    if (isBeacon(request.url(), request.method())) failed.push(request.failure()?.errorText ?? '')
  })
  return { answered, failed, events: () => answered.map((beacon) => beacon.e) }
}

/**
 * The site of the outbound link, answered here: the test machine reaches no other host. Its answer
 * waits until `ready()` (at most 10 s): once the navigation commits, the page that sent a beacon
 * is gone, and Chromium no longer reports that beacon's requests to the test (the browser still
 * sends it, a keepalive request).
 */
async function stubOutbound(context: BrowserContext, ready: () => boolean = () => true) {
  await context.route(`${new URL(OUTBOUND).origin}/**`, async (route) => {
    await expect
      .poll(ready, { timeout: 10_000 })
      .toBe(true)
      .catch(() => undefined)
    await route.fulfill({ contentType: 'text/html', body: '<title>Elsewhere</title>' })
  })
}

test('a reader’s visit sends a view with its path, referrer, UTM values and width', async ({
  page,
}) => {
  const beacons = beaconsOf(page)
  await page.goto('/?utm_source=newsletter&utm_medium=email&utm_campaign=dec', {
    referer: 'https://news.example/item?id=1',
  })
  await expect.poll(beacons.events).toEqual(['view'])
  const [view] = beacons.answered
  expect(view).toMatchObject({
    p: '/',
    e: 'view',
    u: { s: 'newsletter', m: 'email', c: 'dec' },
    w: page.viewportSize()?.width,
  })
  expect(new URL(view?.r ?? 'about:blank').host).toBe('news.example')

  // Another page: its own path; a visit with no referrer or UTM sends neither.
  const index = beaconsOf(page)
  await page.goto('/guides')
  await expect.poll(index.events).toEqual(['view'])
  expect(index.answered[0]).toEqual({ p: '/guides', e: 'view', w: page.viewportSize()?.width })
  expect([...beacons.failed, ...index.failed]).toEqual([])
})

test('the ranking is reached once, when the reader scrolls to it', async ({ page }) => {
  // A phone: the guide's header and criteria fill the first screen.
  await page.setViewportSize({ width: 390, height: 700 })
  const beacons = beaconsOf(page)
  await page.goto('/')
  await expect.poll(beacons.events).toEqual(['view'])
  expect(beacons.answered[0]?.w).toBe(390)
  const ranking = page.locator('[data-beacon="reached"]').first()
  await expect(ranking).not.toBeInViewport()
  await page.waitForLoadState('networkidle')
  expect(beacons.events()).toEqual(['view'])

  await ranking.scrollIntoViewIfNeeded()
  await expect.poll(beacons.events).toEqual(['view', 'reached'])
  expect(beacons.answered[1]).toEqual({ p: '/', e: 'reached' })
  // Away and back again: still once.
  await page.evaluate(() => window.scrollTo(0, 0))
  await ranking.scrollIntoViewIfNeeded()
  await page.waitForLoadState('networkidle')
  expect(beacons.events()).toEqual(['view', 'reached'])
  expect(beacons.failed).toEqual([])
})

test('the CTA, Copy link, a re-weighting and a ranked framework’s outbound link each send their event', async ({
  page,
}) => {
  const beacons = beaconsOf(page)
  const after = (from: number) => beacons.answered.slice(from).filter((b) => b.e !== 'reached')
  let from = 0
  await stubOutbound(page.context(), () => after(from).some((b) => b.e === 'outbound'))
  await page.goto('/')
  await expect.poll(beacons.events).toContain('view')

  from = beacons.answered.length
  await page.locator('a[data-beacon="cta"]').click()
  await expect.poll(() => after(from)).toEqual([{ p: '/', e: 'cta' }])

  from = beacons.answered.length
  await page.locator(`#${ranked} a.copy-link`).click()
  await expect.poll(() => after(from)).toEqual([{ p: '/', e: 'copy' }])

  from = beacons.answered.length
  const select = page.locator('select[name="w"]').first()
  const values = await select
    .locator('option')
    .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value))
  const editorial = await select.getAttribute('data-editorial')
  await select.selectOption(values.find((value) => value !== editorial) ?? '')
  await expect(page).toHaveURL(/\?w=/)
  await expect.poll(() => after(from)).toEqual([{ p: '/', e: 'reweight' }])
  // Turning it back is the same reader re-weighting: not counted again.
  await select.selectOption(editorial ?? '')
  await page.waitForLoadState('networkidle')
  expect(after(from)).toEqual([{ p: '/', e: 'reweight' }])

  // A link inside the entry that stays on the site (Copy link) was not outbound; this one is,
  // opened in a new tab with the middle button (auxclick) or followed.
  const outbound = page.locator(`#${ranked} a[href="${OUTBOUND}"]`)
  from = beacons.answered.length
  const tab = page.context().waitForEvent('page')
  await outbound.click({ button: 'middle' })
  await (await tab).close()
  await expect.poll(() => after(from)).toEqual([{ p: '/', e: 'outbound', t: ranked }])
  from = beacons.answered.length
  await outbound.click()
  await page.waitForURL(OUTBOUND)
  expect(after(from)).toEqual([{ p: '/', e: 'outbound', t: ranked }])
  expect(beacons.failed).toEqual([])
})

/** Visits the home guide as a reader would and does everything the beacon counts. */
async function readEverything(page: Page) {
  await stubOutbound(page.context())
  const script = page.waitForResponse((response) => response.url().endsWith('/beacon.js'))
  await page.goto('/')
  // The beacon is there and ran (deferred scripts run before `load`).
  expect((await script).status()).toBe(200)
  await page.locator('[data-beacon="reached"]').first().scrollIntoViewIfNeeded()
  await page.locator('a[data-beacon="cta"]').click()
  await page.locator(`#${ranked} a.copy-link`).click()
  await page.locator(`#${ranked} a[href="${OUTBOUND}"]`).click()
  await page.waitForURL(OUTBOUND)
}

for (const { name, headers, init } of [
  {
    name: 'Do Not Track',
    headers: { DNT: '1' },
    init: () => Object.defineProperty(Navigator.prototype, 'doNotTrack', { get: () => '1' }),
  },
  {
    name: 'Global Privacy Control',
    headers: { 'Sec-GPC': '1' },
    init: () =>
      Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }),
  },
]) {
  test(`a browser that sends ${name} sends no beacon at all`, async ({ browser }) => {
    const context: BrowserContext = await browser.newContext({
      baseURL: e2eBaseURL,
      extraHTTPHeaders: headers,
    })
    await context.addInitScript(init)
    const page = await context.newPage()
    const beacons = beaconsOf(page)
    await readEverything(page)
    await page.waitForLoadState('networkidle')
    expect(beacons.answered).toEqual([])
    expect(beacons.failed).toEqual([])
    await context.close()
  })
}

test('a preview (draft mode) loads no beacon and sends nothing', async ({ browser }) => {
  const context = await browser.newContext({
    baseURL: e2eBaseURL,
    extraHTTPHeaders: await adminHeaders(),
  })
  const page = await context.newPage()
  const beacons = beaconsOf(page)
  const scripts: string[] = []
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname)
  })
  await page.goto('/preview?path=/')
  await expect(page).toHaveURL(`${e2eBaseURL}/`)
  // The App Router's page, in draft mode: Next's runtime, not a reader's page.
  expect(await page.locator('script[src*="/_next/"]').count()).toBeGreaterThan(0)
  await page.locator('[data-beacon="reached"]').first().scrollIntoViewIfNeeded()
  await page.locator('a[data-beacon="cta"]').click()
  await page.waitForLoadState('networkidle')
  expect(scripts).not.toContain('/beacon.js')
  expect(beacons.answered).toEqual([])
  expect(beacons.failed).toEqual([])
  await context.close()
})
