import { expect, test, type Browser, type Page } from '@playwright/test'

import { adminHeaders, createEditor, signIn } from '../helpers/e2eAdmin'
import { expectReviewerVerdict } from '../helpers/e2eReview'
import { paragraph } from '../helpers/richText'

// "Publishing needs an approval", in a browser: a marketer's Publish of a gated page is refused
// with the 409's words until a reviewer approves the draft through its share link; then it goes
// live. When the draft changes afterwards, the reviewer's link and the marketer's Review tab read
// the approval as one for an earlier draft, and publishing is refused again. A page of its own.
test.describe.configure({ mode: 'serial' })

const run = Date.now()
const marketer = { email: `approver-${run}@example.com`, password: 'approval-e2e-password' }
const slug = `approval-${run}`
const MISSING = /needs an approval of the current draft through a share link/
let pageId = 0
let shareUrl = ''

test.beforeAll(async ({ request }) => {
  await createEditor(request, marketer.email, marketer.password)
  const headers = await adminHeaders()
  const made = await request.post('/api/pages?draft=true', {
    headers,
    data: {
      title: `Approval ${run}`,
      slug,
      layout: [{ blockType: 'prose', content: paragraph(`Words awaiting approval ${run}.`) }],
      requireApproval: true,
      _status: 'draft',
    },
  })
  expect(made.status(), await made.text()).toBe(201)
  pageId = ((await made.json()) as { doc: { id: number } }).doc.id
  const link = await request.post('/api/preview-links', {
    headers,
    data: { page: pageId, note: `Approval e2e ${run}` },
  })
  expect(link.status(), await link.text()).toBe(201)
  const { url } = ((await link.json()) as { doc: { url: string } }).doc
  shareUrl = new URL(url).pathname + new URL(url).search
})

test.afterAll(async ({ request }) => {
  if (pageId) await request.delete(`/api/pages/${pageId}`, { headers: await adminHeaders() })
})

/** The marketer presses Publish changes on the page's edit view. */
async function publishFromAdmin(page: Page) {
  await page.goto(`/admin/collections/pages/${pageId}`)
  await page.getByRole('button', { name: 'Publish changes' }).click()
}

/** The reviewer's view of the share link, in a browser of their own (no CMS session). */
async function openShareLink(browser: Browser) {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(shareUrl)
  await expect(page.getByRole('heading', { name: /^Review this/ })).toBeVisible()
  return { context, page }
}

const liveStatus = async (page: Page) => (await page.request.get(`/${slug}`)).status()

test('a Publish before any approval is refused with what is missing, and the page stays unpublished', async ({
  page,
}) => {
  await signIn(page, marketer)
  await publishFromAdmin(page)
  await expect(page.getByText(MISSING).first()).toBeVisible()
  expect(await liveStatus(page)).toBe(404)
})

test('the reviewer approves through the share link; then the marketer’s Publish goes live', async ({
  browser,
  page,
}) => {
  const reviewer = await openShareLink(browser)
  const verdict = reviewer.page.locator('[data-review-form="verdict"]')
  await verdict.getByLabel('Approve').check()
  await verdict.getByLabel('Your name').fill(`Ada ${run}`)
  const posted = reviewer.page.waitForResponse(
    (response) => response.url().endsWith('/review') && response.request().method() === 'POST',
  )
  await verdict.getByRole('button', { name: 'Send verdict' }).click()
  expect([201, 303]).toContain((await posted).status())
  await reviewer.page.reload()
  await expectReviewerVerdict(reviewer.page, 'approved', 'Approved for this draft')
  await reviewer.context.close()

  await signIn(page, marketer)
  await publishFromAdmin(page)
  await expect(page.getByText('Published.').first()).toBeVisible()
  await expect.poll(() => liveStatus(page)).toBe(200)
})

test('after the draft changes, the approval reads “for an earlier draft” and a publish is refused again', async ({
  browser,
  page,
  request,
}) => {
  const headers = await adminHeaders()
  const edited = await request.patch(`/api/pages/${pageId}?draft=true`, {
    headers,
    data: {
      layout: [{ blockType: 'prose', content: paragraph(`Words changed since ${run}.`) }],
      _status: 'draft',
    },
  })
  expect(edited.status(), await edited.text()).toBe(200)

  const reviewer = await openShareLink(browser)
  await expect(reviewer.page.getByText(`Words changed since ${run}.`)).toBeVisible()
  await expectReviewerVerdict(reviewer.page, 'earlier-draft', 'Approved, for an earlier draft')
  await reviewer.context.close()

  await signIn(page, marketer)
  await page.goto(`/admin/collections/pages/${pageId}`)
  await page.getByRole('button', { name: 'Review', exact: true }).click()
  await expect(page.locator('section.review [data-verdict="earlier-draft"]')).toBeVisible()
  await page.getByRole('button', { name: 'Publish changes' }).click()
  await expect(page.getByText(MISSING).first()).toBeVisible()
  // The live page keeps the approved words.
  expect(await (await page.request.get(`/${slug}`)).text()).toContain(
    `Words awaiting approval ${run}.`,
  )
})
