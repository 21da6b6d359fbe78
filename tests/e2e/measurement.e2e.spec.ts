import { expect, test, type Browser } from '@playwright/test'

import { adminHeaders, createEditor, signIn } from '../helpers/e2eAdmin'
import { e2eBaseURL } from '../helpers/e2eUsers'

// Issue 25, end to end: a reader's real visit, in a real browser running /beacon.js, reaches the
// cockpit's figures within the flush interval, with nothing calling the flush; a signed-in
// editor reading the same page adds nothing. The campaign's own figure comes from the signed-in
// CSV export, which no other spec's readers can move.

const run = Date.now()
/** A desktop browser's user agent: Playwright's own says HeadlessChrome, which is not counted. */
const readerAgent = `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 m${run}`
/** ANALYTICS_FLUSH_MS is 5 s by default: a beacon is in Postgres by the next flush after it. */
const FLUSH_MS = 5_000
const editor = { email: `measured-${run}@example.com`, password: 'measured-e2e-password' }
const marketer = { email: `measuring-${run}@example.com`, password: 'measured-e2e-password' }

/**
 * Today's count of `event` on the guide at `/` (of views, those from `campaign` alone: each test
 * visits with a campaign of its own, so nothing else on the site moves its figure), as a
 * signed-in marketer exports it.
 */
async function countToday(event: 'view' | 'cta', campaign?: string): Promise<number> {
  const dimension = campaign ? `"utm_campaign","${campaign}"` : '"",""'
  const today = new Date().toISOString().slice(0, 10)
  const reply = await fetch(`${e2eBaseURL}/api/stats/export?from=${today}&to=${today}`, {
    headers: await adminHeaders(),
  })
  expect(reply.status).toBe(200)
  const total = (await reply.text())
    .split('\r\n')
    .find((line) => line.startsWith(`"${today}","/","${event}",${dimension},`))
  return total ? Number(total.split(',').at(-1)) : 0
}

/** Reads the guide from `campaign`'s link and follows its call to action, as a reader would. */
async function readAndFollowCta(browser: Browser, campaign: string, signedIn = false) {
  const context = await browser.newContext({ userAgent: readerAgent })
  const page = await context.newPage()
  if (signedIn) await signIn(page, editor)
  const beacons: string[] = []
  page.on('request', (request) => {
    if (request.url().endsWith('/collect')) beacons.push(request.postData() ?? '')
  })
  await page.goto(`/?utm_campaign=${campaign}`)
  await expect.poll(() => beacons.some((body) => body.includes('"e":"view"'))).toBe(true)
  await page.locator('a.cta-link[data-beacon="cta"]').click()
  await expect.poll(() => beacons.some((body) => body.includes('"e":"cta"'))).toBe(true)
  await context.close()
}

test('a reader’s visit and CTA click reach the cockpit within the flush interval', async ({
  browser,
  page,
  request,
}) => {
  await createEditor(request, marketer.email, marketer.password)
  await signIn(page, marketer)
  // The guide's row in the cockpit's Readers section: its last 7 days.
  const week = page
    .getByRole('region', { name: 'Readers' })
    .locator('li[data-path="/"] tr[data-days="7"]')
  const cockpit = async () => {
    await page.goto('/admin')
    return {
      views: Number(await week.locator('[data-figure="views"]').textContent()),
      cta: Number(await week.locator('[data-figure="cta"]').textContent()),
    }
  }
  const campaign = `reader-${run}`
  const before = { ...(await cockpit()), campaign: await countToday('view', campaign) }
  const sent = Date.now()
  await readAndFollowCta(browser, campaign)

  // No flush is asked for: the server's own timer writes them. One interval, plus the time a
  // flush and the dashboard take on a busy machine.
  await expect
    .poll(async () => ({ ...(await cockpit()), campaign: await countToday('view', campaign) }), {
      timeout: FLUSH_MS + 10_000,
      intervals: [1_000],
    })
    .toEqual({ views: before.views + 1, cta: before.cta + 1, campaign: before.campaign + 1 })
  console.log(
    `[measurement] the visit and its CTA click were in the cockpit ${Date.now() - sent} ms after`,
  )
})

test('a signed-in editor reading the guide is not counted', async ({ browser, request }) => {
  await createEditor(request, editor.email, editor.password)
  const campaign = `editor-${run}`
  const before = { view: await countToday('view', campaign), cta: await countToday('cta') }
  await readAndFollowCta(browser, campaign, true)

  // The beacons were sent (above); two flush intervals later the figures have not moved.
  await new Promise((resolve) => setTimeout(resolve, 2 * FLUSH_MS))
  const flushed = await request.post('/api/analytics/flush', { headers: await adminHeaders() })
  expect(flushed.status()).toBe(204)
  expect({ view: await countToday('view', campaign), cta: await countToday('cta') }).toEqual(before)
})
