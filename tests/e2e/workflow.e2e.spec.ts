import {
  expect,
  test,
  type APIRequestContext,
  type Browser,
  type BrowserContext,
  type Page,
} from '@playwright/test'

import {
  createEditor,
  expectDraftSaved,
  openDocument,
  readAsUser,
  restoreLater,
  schedulePublish,
  signIn,
} from '../helpers/e2eAdmin'

// One story, in order: each step builds on the last, as an editorial team's day would.
test.describe.configure({ mode: 'serial' })

// A new editor each run: the suite may run again against the same server.
const editorUser = {
  email: `editor-e2e-${Date.now()}@example.com`,
  password: 'editor-e2e-password',
}
const guideTitle = 'What backend frameworks to use in 2026'
const stamp = `Draft line ${Date.now()}.`

let editorContext: BrowserContext
let reviewerContext: BrowserContext
let editor: Page
let reviewer: Page
let shareUrl = ''
// The share link this run makes (a reused server keeps the revoked one of the run before).
const reviewNote = `Reviewer e2e ${Date.now()}`
let restores: (() => Promise<void>)[] = []

/** What an anonymous reader gets: a fresh request with no cookies at all. */
async function publicPage(request: APIRequestContext, path = '/') {
  const response = await request.get(path, { headers: { Cookie: '' } })
  return response.text()
}

const tableOrder = (page: Page) => page.locator('table tbody th a').allInnerTexts()

async function publicOrder(page: Page) {
  await page.goto('/')
  return tableOrder(page)
}

/** A fresh anonymous reader sees #2 and #3 in this order (polling: publishing is asynchronous). */
async function expectPublicSecondAndThird(browser: Browser, expected: [string, string]) {
  const anonymous = await browser.newPage()
  await expect.poll(async () => (await publicOrder(anonymous)).slice(1, 3)).toEqual(expected)
  await anonymous.close()
}

test.beforeAll(async ({ browser, request }) => {
  // What the story publishes goes back afterwards: the seeded text, order and blurbs.
  restores = await Promise.all([
    restoreLater('frameworks', 'jerrycan', ['blurb']),
    restoreLater('frameworks', 'axum', ['bestFor']),
    restoreLater('frameworks', 'laravel', ['bestFor']),
    restoreLater('guides', 'backend-frameworks-2026', ['ranking']),
  ])
  await createEditor(request, editorUser.email, editorUser.password)
  editorContext = await browser.newContext()
  reviewerContext = await browser.newContext()
  editor = await editorContext.newPage()
  reviewer = await reviewerContext.newPage()
  await signIn(editor, editorUser)
})

test.afterAll(async () => {
  await editorContext?.close()
  await reviewerContext?.close()
  for (const restore of restores) await restore()
})

test('1. the editor edits jerrycan’s blurb and the draft is saved', async () => {
  await openDocument(editor, 'frameworks', 'jerrycan')
  const blurb = editor.locator('.rich-text-lexical [contenteditable="true"]').first()
  // Lexical can drop keys typed before it has hydrated (a slow machine): type again until it holds them.
  await expect(blurb).toBeEditable()
  await expect(async () => {
    if ((await blurb.innerText()).includes(stamp)) return
    await blurb.click()
    await editor.keyboard.press('ControlOrMeta+End')
    await editor.keyboard.type(` ${stamp}`)
    await expect(blurb).toContainText(stamp, { timeout: 3_000 })
  }).toPass({ timeout: 30_000 })
  await expectDraftSaved(editor)
  const id = editor.url().split('/').pop()
  // "Changed" shows after the first autosave, which may hold only part of the typed line.
  const draftBlurb = async () =>
    JSON.stringify(
      (await readAsUser<{ blurb: unknown }>(editor, `/api/frameworks/${id}?draft=true`)).blurb,
    )
  await expect.poll(draftBlurb, { timeout: 15_000 }).toContain(stamp)
})

test('2. the anonymous reader still sees the old blurb', async ({ request }) => {
  const html = await publicPage(request)
  expect(html).toContain('Young ecosystem; see the')
  expect(html).not.toContain(stamp)
})

test('3. a share link shows the reviewer the draft, privately', async () => {
  await openDocument(editor, 'guides', guideTitle)
  await editor.getByRole('button', { name: 'Share links', exact: true }).click()
  await editor.getByLabel('Who is it for? (optional)').fill(reviewNote)
  await editor.getByRole('button', { name: 'Make a share link' }).click()
  const made = editor.getByRole('listitem', { name: `Share link ${reviewNote}` })
  shareUrl = await made.getByRole('textbox', { name: 'Share link address' }).inputValue()
  expect(shareUrl).toMatch(/\/preview\?token=[\w-]+\.[\w-]+$/)

  const response = await reviewer.goto(shareUrl)
  expect(response?.status()).toBe(200)
  const headers = response!.headers()
  expect(headers['cache-control']).toMatch(/private/)
  expect(headers['cache-control']).toMatch(/no-store/)
  expect(headers['x-robots-tag']).toBe('noindex')
  await expect(reviewer.locator('#jerrycan')).toContainText(stamp)
  await expect(reviewer.getByRole('status').filter({ hasText: 'unpublished drafts' })).toBeVisible()
})

test('4. the reviewer exits the preview and sees the published text', async () => {
  await reviewer.getByRole('link', { name: 'Exit preview' }).click()
  await expect(reviewer.locator('#jerrycan')).toContainText('Young ecosystem')
  await expect(reviewer.locator('#jerrycan')).not.toContainText(stamp)
  await expect(reviewer.getByText('unpublished drafts')).toHaveCount(0)
})

test('5. the editor publishes and readers see it within a second', async ({ request }) => {
  await openDocument(editor, 'frameworks', 'jerrycan')
  const published = editor.waitForResponse(
    (r) => r.url().includes('/api/frameworks/') && r.request().method() === 'PATCH' && r.ok(),
  )
  await editor.getByRole('button', { name: 'Publish changes' }).click()
  await published
  const start = Date.now()
  await expect
    .poll(async () => (await publicPage(request)).includes(stamp), { intervals: [50] })
    .toBe(true)
  expect(Date.now() - start).toBeLessThan(1000)
})

test('6. a reordered ranking stays a draft: readers keep the old order, the reviewer sees the new', async ({
  browser,
}) => {
  const anonymous = await browser.newPage()
  const before = await publicOrder(anonymous)
  expect(before.slice(1, 3)).toEqual(['FastAPI', 'Django'])

  await openDocument(editor, 'guides', guideTitle)
  await editor.getByRole('button', { name: 'Ranking', exact: true }).click()
  await editor.locator('#ranking-row-2 .array-actions__button').click()
  await editor.getByRole('button', { name: 'Move Up' }).click()
  await expectDraftSaved(editor)

  expect(await publicOrder(anonymous)).toEqual(before)
  await reviewer.goto(shareUrl)
  expect((await tableOrder(reviewer)).slice(1, 3)).toEqual(['Django', 'FastAPI'])
  await anonymous.close()
})

test('7. publishing the guide changes the public order', async ({ browser }) => {
  await editor.getByRole('button', { name: 'Publish changes' }).click()
  await expect(editor.getByText(/Status:\s*Published/)).toBeVisible()
  await expectPublicSecondAndThird(browser, ['Django', 'FastAPI'])
})

test('8. restoring the previous version brings the old order back', async ({ browser }) => {
  await editor.getByRole('link', { name: /Versions/ }).click()
  // Oldest first: the first is the seeded, original order (newest first, the seeded one falls off
  // the first page once other specs have published the guide a few times).
  await expect(editor).toHaveURL(/\/versions(\?|$)/)
  const versions = new URL(editor.url())
  versions.searchParams.set('sort', 'createdAt')
  await editor.goto(versions.href)
  await editor.locator('table tbody tr').first().getByRole('link').first().click()
  await editor.getByRole('button', { name: 'Restore this version' }).click()
  await editor.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click()
  await expect(editor).toHaveURL(/\/admin\/collections\/guides\/\d+$/)
  await expectPublicSecondAndThird(browser, ['FastAPI', 'Django'])
})

test('9. a scheduled publish goes live on its own', async ({ request }) => {
  test.setTimeout(150_000)
  const scheduled = `Scheduled ${Date.now()}`
  await openDocument(editor, 'frameworks', 'Axum')
  await editor.locator('#field-bestFor').fill(scheduled)
  await expectDraftSaved(editor)

  const at = await schedulePublish(editor)

  expect(await publicPage(request)).not.toContain(scheduled)
  await expect
    .poll(async () => (await publicPage(request)).includes(scheduled), {
      timeout: 120_000,
      intervals: [1000],
    })
    .toBe(true)
  expect(Date.now()).toBeGreaterThanOrEqual(at.getTime())
})

test('10. a revoked link stops working', async () => {
  await openDocument(editor, 'guides', guideTitle)
  await editor.getByRole('button', { name: 'Share links', exact: true }).click()
  const made = editor.getByRole('listitem', { name: `Share link ${reviewNote}` })
  await made.getByRole('button', { name: 'Revoke' }).click()
  await expect(made).toContainText('Revoked')

  const again = await reviewer.goto(shareUrl)
  expect(again?.status()).toBe(403)
  await expect(reviewer.getByText('This preview link has been revoked.')).toBeVisible()
  // The browser still holds draft mode from before: it must get published content only.
  await reviewer.goto('/')
  await expect(reviewer.getByText('unpublished drafts')).toHaveCount(0)
})

test('11. Live Preview beside the editor refreshes on autosave, at each breakpoint', async () => {
  const text = `Live ${Date.now()}`
  await openDocument(editor, 'frameworks', 'Laravel')
  await editor.getByRole('button', { name: 'Live Preview' }).click()
  const frame = editor.frameLocator('iframe').first()
  await expect(frame.locator('#laravel')).toBeVisible({ timeout: 20_000 })
  await expect(frame.getByText('unpublished drafts')).toBeVisible()

  await editor.locator('#field-bestFor').fill(text)
  await expect(frame.locator('#laravel')).toContainText(text, { timeout: 15_000 })

  // The panel's breakpoint menu offers the mobile, tablet and desktop sizes.
  const sizes = editor.locator('.live-preview-toolbar').getByRole('button').first()
  await sizes.click()
  for (const name of ['Mobile', 'Tablet', 'Desktop']) {
    await expect(editor.getByRole('button', { name, exact: true })).toBeVisible()
  }
})
