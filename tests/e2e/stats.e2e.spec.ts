import AxeBuilder from '@axe-core/playwright'
import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test'

import { adminHeaders, createEditor, signIn } from '../helpers/e2eAdmin'
import { screenshotPath } from '../helpers/readerChecks'
import { paragraph } from '../helpers/richText'

// What a marketer sees of readers: counts sent to /collect as readers' browsers send them (no
// session cookie, a browser's user agent), flushed, then read in the cockpit's Readers section
// and in a page's and a guide's Readers tab, where axe finds nothing to fix.

const run = Date.now()
const marketer = { email: `readers-${run}@example.com`, password: 'readers-e2e-password' }
const slug = `readers-${run}`
const path = `/${slug}`
let pageId: number

test.describe.configure({ mode: 'serial' })

/** A reader's browser: its own user agent, so each counts as a visitor of its own. */
const browserOf = (reader: number) =>
  `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 r${run}-${reader}`

async function beacon(request: APIRequestContext, reader: number, body: Record<string, unknown>) {
  const sent = await request.post('/collect', {
    headers: { 'Content-Type': 'text/plain;charset=UTF-8', 'User-Agent': browserOf(reader) },
    data: JSON.stringify(body),
  })
  expect(sent.status(), `${JSON.stringify(body)}: ${await sent.text()}`).toBe(204)
}

async function flush(request: APIRequestContext) {
  const flushed = await request.post('/api/analytics/flush', { headers: await adminHeaders() })
  expect(flushed.status(), await flushed.text()).toBe(204)
}

async function expectNoAxeViolations(page: Page, selector: string) {
  const scan = await new AxeBuilder({ page }).include(selector).analyze()
  expect(
    scan.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`),
  ).toEqual([])
}

const figure = (row: Locator, name: string) => row.locator(`[data-figure="${name}"]`)

/** The count a funnel step shows for the last `days` days. */
const stepCount = (panel: Locator, step: string, days: 7 | 30) =>
  panel
    .locator(`[data-table="funnel"] tr[data-step="${step}"] [data-figure="${step}"]`)
    .nth(days === 7 ? 0 : 1)

async function openReadersTab(page: Page, collection: string, id: number | string) {
  await page.goto(`/admin/collections/${collection}/${id}`)
  await page.getByRole('button', { name: 'Readers', exact: true }).click()
  const panel = page.locator('section.readers__panel')
  await expect(panel).toBeVisible()
  return panel
}

test.beforeAll(async ({ request }) => {
  await createEditor(request, marketer.email, marketer.password)
  const created = await request.post('/api/pages', {
    headers: await adminHeaders(),
    data: {
      title: `Readers ${run}`,
      slug,
      layout: [{ blockType: 'prose', content: paragraph('A page with readers.') }],
      _status: 'published',
    },
  })
  expect(created.status(), await created.text()).toBe(201)
  pageId = ((await created.json()) as { doc: { id: number } }).doc.id
  // A page published a moment ago may take the live-path list a moment to learn.
  await expect
    .poll(
      async () =>
        (
          await request.post('/collect', {
            headers: { 'Content-Type': 'text/plain;charset=UTF-8', 'User-Agent': browserOf(0) },
            data: JSON.stringify({
              p: path,
              e: 'view',
              r: 'https://news.ycombinator.com/item?id=1',
            }),
          })
        ).status(),
      { timeout: 30_000 },
    )
    .toBe(204)
})

test.afterAll(async ({ request }) => {
  await request.delete(`/api/pages/${pageId}`, { headers: await adminHeaders() })
})

test('the cockpit shows each page’s views, visitors, click-through and referrers, and passes axe', async ({
  page,
  request,
}) => {
  // Four views from three readers (one came back), one CTA click, two from Hacker News.
  await beacon(request, 0, { p: path, e: 'cta' })
  await beacon(request, 2, { p: path, e: 'view', r: 'https://news.ycombinator.com/' })
  await beacon(request, 3, { p: path, e: 'view', w: 1400 })
  await beacon(request, 3, { p: path, e: 'view', w: 1400 })
  await flush(request)

  await signIn(page, marketer)
  const readers = page.getByRole('region', { name: 'Readers' })
  const item = readers.locator(`li[data-path="${path}"]`)
  await expect(item.getByRole('link', { name: `Readers ${run}` })).toBeVisible()
  for (const days of [7, 30]) {
    const row = item.locator(`tr[data-days="${days}"]`)
    await expect(figure(row, 'views')).toHaveText('4')
    await expect(figure(row, 'visitors')).toHaveText('3')
    await expect(figure(row, 'cta')).toHaveText('1')
    await expect(figure(row, 'ctr')).toHaveText('25%')
    await expect(figure(row, 'referrers')).toHaveText('direct 2, news.ycombinator.com 2')
    await expect(row.getByRole('img')).toHaveAccessibleName(/latest 4\.$/)
  }
  // The sparkline's figures as text: today's row of the daily table.
  await item.locator('summary', { hasText: 'Daily figures' }).click()
  const today = new Date().toISOString().slice(0, 10)
  await expect(item.locator('details tbody tr').first()).toHaveText(`${today}431`)

  await expectNoAxeViolations(page, 'section.readers')
  await readers.screenshot({ path: screenshotPath('readers-dashboard') })
})

test('a page’s Readers tab shows views → CTA, and passes axe', async ({ page }) => {
  await signIn(page, marketer)
  const panel = await openReadersTab(page, 'pages', pageId)
  await expect(panel).toHaveAttribute('data-path', path)
  await expect(stepCount(panel, 'view', 7)).toHaveText('4')
  await expect(stepCount(panel, 'cta', 30)).toHaveText('1')
  await expect(panel.locator('tr[data-step="cta"]')).toContainText('25%')
  await expect(panel.locator('[data-table="funnel"] tr[data-step="reached"]')).toHaveCount(0)
  await expectNoAxeViolations(page, 'section.readers__panel')
  await panel.screenshot({ path: screenshotPath('readers-page') })
})

test('a guide’s Readers tab adds what readers did since: reached, CTA, outbound per framework', async ({
  page,
  request,
}) => {
  const home = await (await request.get('/')).text()
  const ranked = /data-beacon-target="([^"]+)"/.exec(home)?.[1] ?? ''
  expect(ranked, 'a ranked entry on the home guide').not.toBe('')
  const guides = await request.get(
    '/api/guides?where[slug][equals]=backend-frameworks-2026&depth=0',
    {
      headers: await adminHeaders(),
    },
  )
  const guideId = ((await guides.json()) as { docs: { id: number }[] }).docs[0]!.id

  // Whatever other specs' readers left, counted first: this test reads what its own add.
  await flush(request)
  await signIn(page, marketer)
  let panel = await openReadersTab(page, 'guides', guideId)
  await expect(panel).toHaveAttribute('data-path', '/')
  const countOf = async (locator: Locator) => Number(await locator.textContent())
  const outbound = panel.locator(`[data-table="outbound"] tr[data-target="${ranked}"] td`).nth(1)
  const before = {
    view: await countOf(stepCount(panel, 'view', 7)),
    reached: await countOf(stepCount(panel, 'reached', 7)),
    cta: await countOf(stepCount(panel, 'cta', 7)),
    outbound: await countOf(outbound),
  }

  for (const reader of [4, 5]) {
    await beacon(request, reader, { p: '/', e: 'view' })
    await beacon(request, reader, { p: '/', e: 'reached' })
  }
  await beacon(request, 4, { p: '/', e: 'cta' })
  await beacon(request, 5, { p: '/', e: 'outbound', t: ranked })
  await flush(request)

  panel = await openReadersTab(page, 'guides', guideId)
  await expect(stepCount(panel, 'view', 7)).toHaveText(String(before.view + 2))
  await expect(stepCount(panel, 'reached', 7)).toHaveText(String(before.reached + 2))
  await expect(stepCount(panel, 'cta', 7)).toHaveText(String(before.cta + 1))
  await expect(outbound).toHaveText(String(before.outbound + 1))
  await expect(panel.getByRole('heading', { name: 'Before and after each change' })).toBeVisible()
  await expectNoAxeViolations(page, 'section.readers__panel')
  await panel.screenshot({ path: screenshotPath('readers-guide') })
})

test('nobody signed out reaches the figures: the export answers 401', async ({ request }) => {
  const today = new Date().toISOString().slice(0, 10)
  const reply = await request.get(`/api/stats/export?from=${today}&to=${today}`)
  expect(reply.status()).toBe(401)
  expect(await reply.text()).not.toContain(path)
})
