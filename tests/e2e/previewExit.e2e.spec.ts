import { expect, test, type Page } from '@playwright/test'

import { adminHeaders, createEditor, signIn } from '../helpers/e2eAdmin'
import { paragraph } from '../helpers/richText'

// Issue 24: "After using Preview, the marketer's own browser keeps showing drafts on the public
// site until Exit preview." A signed-in marketer's preview is held to the page they previewed
// (app/(site)/preview/draftScope.ts): the rest of the site is the live one, the previewed page
// keeps its banner and Exit preview, and Live Preview beside the editor still shows the draft.

const run = Date.now().toString(36)
const slug = `preview-scope-${run}`
const title = `Preview scope ${run}`
const live = `Live words ${run}`
const draft = `Draft words ${run}`
const shots = '.data/test-results/screenshots'

const banner = (page: Page) => page.getByRole('status').filter({ hasText: 'unpublished drafts' })
const prose = (text: string) => [{ blockType: 'prose', content: paragraph(text) }]

let pageId = 0

test.beforeAll(async ({ request }) => {
  const headers = await adminHeaders()
  const created = await request.post('/api/pages', {
    headers,
    data: { title, slug, layout: prose(live), _status: 'published' },
  })
  expect(created.status(), await created.text()).toBe(201)
  pageId = ((await created.json()) as { doc: { id: number } }).doc.id
  const drafted = await request.patch(`/api/pages/${pageId}?draft=true`, {
    headers,
    data: { layout: prose(draft), _status: 'draft' },
  })
  expect(drafted.ok(), await drafted.text()).toBe(true)
})

test.afterAll(async ({ request }) => {
  if (pageId) await request.delete(`/api/pages/${pageId}`, { headers: await adminHeaders() })
})

test('a marketer’s Preview shows the draft on its page only; the rest of the site is live', async ({
  page,
  request,
}) => {
  const editor = { email: `preview-exit-${run}@example.com`, password: 'preview-exit-1' }
  await createEditor(request, editor.email, editor.password)
  await signIn(page, editor)

  await page.goto(`/admin/collections/pages/${pageId}`)
  const opened = page.waitForEvent('popup')
  await page.getByRole('link', { name: 'Preview', exact: true }).click()
  const preview = await opened
  await expect(preview.getByText(draft)).toBeVisible()
  await expect(banner(preview)).toBeVisible()
  await preview.screenshot({ path: `${shots}/preview-exit-1-preview.png` })

  // Done previewing: the home page and the guides index are what readers see, no banner.
  for (const path of ['/', '/guides']) {
    await preview.goto(path)
    await expect(preview.locator('main, article').first()).toBeVisible()
    await expect(banner(preview), path).toHaveCount(0)
  }
  await preview.screenshot({ path: `${shots}/preview-exit-2-guides-live.png` })

  // Back on the previewed page it is still a preview, and says so, with the way out.
  await preview.goto(`/${slug}`)
  await expect(preview.getByText(draft)).toBeVisible()
  await preview.getByRole('link', { name: 'Exit preview' }).click()
  await expect(preview.getByText(live)).toBeVisible()
  await expect(banner(preview)).toHaveCount(0)
  await preview.screenshot({ path: `${shots}/preview-exit-3-exited.png` })

  // Live Preview beside the editor still shows the draft, and the site outside it stays live.
  await page.getByRole('button', { name: 'Live Preview' }).click()
  const frame = page.frameLocator('iframe').first()
  await expect(frame.getByText(draft)).toBeVisible({ timeout: 20_000 })
  await preview.goto('/guides')
  await expect(banner(preview)).toHaveCount(0)
  await page.screenshot({ path: `${shots}/preview-exit-4-live-preview.png` })
  await preview.close()
})

test('a preview of the home page covers the site, and ends by itself within the hour', async ({
  page,
  request,
}) => {
  const editor = { email: `preview-home-${run}@example.com`, password: 'preview-home-1' }
  await createEditor(request, editor.email, editor.password)
  await signIn(page, editor)

  await page.goto('/preview?path=/')
  await expect(banner(page)).toBeVisible()
  const cookie = (await page.context().cookies()).find((c) => c.name === '__prerender_bypass')
  expect(cookie?.path).toBe('/')
  const left = (cookie?.expires ?? 0) - Date.now() / 1000
  expect(left).toBeGreaterThan(55 * 60)
  expect(left).toBeLessThanOrEqual(60 * 60 + 5)

  // Previewing one page after it leaves the home page's site-wide preview behind.
  await page.goto(`/preview?path=/${slug}`)
  await expect(page.getByText(draft)).toBeVisible()
  await page.goto('/guides')
  await expect(banner(page)).toHaveCount(0)
})
