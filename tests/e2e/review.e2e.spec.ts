import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test'

import { adminToken, docBySlug } from '../../tooling/siteApi'
import { apiAs, restoreLater } from '../helpers/e2eAdmin'
import { expectReviewerVerdict } from '../helpers/e2eReview'
import { e2eBaseURL, firstAdmin } from '../helpers/e2eUsers'
import { paragraph } from '../helpers/richText'

// A reviewer holding only a guide's share link comments on FastAPI's blurb, without script (a
// plain form) and with it (selected words, inline), and requests changes. When the blurb changes,
// the comment reads Outdated, still quoting. A read-only link shows the threads and no form; a
// revoked link neither reads nor comments.
test.describe.configure({ mode: 'serial' })

const SHOTS = '.data/test-results/screenshots'
const GUIDE = 'backend-frameworks-2026'
const run = Date.now()
const note = `Review e2e ${run}`
const reviewer = `Rita ${run}`

let token = ''
let guideId = 0
let fastapiId = 0
let shareUrl = ''
let readOnlyUrl = ''
const links: number[] = []
let restores: (() => Promise<void>)[] = []

const api = apiAs(() => token)

async function makeLink(extra: Record<string, unknown> = {}) {
  const { doc } = (await api('/api/preview-links', {
    method: 'POST',
    body: JSON.stringify({ guide: guideId, note, ...extra }),
  })) as { doc: { id: number; url: string } }
  links.push(doc.id)
  return doc
}

type Comment = {
  field: string
  quote?: string
  body?: string
  kind: string
  verdict?: string
  linkLabel?: string
  reviewerName?: string
  draftVersion?: string
}

async function commentsOfRun(): Promise<Comment[]> {
  const query = `where[link][in]=${links.join(',')}&sort=createdAt&limit=100&depth=0`
  const { docs } = (await api(`/api/review-comments?${query}`)) as { docs: Comment[] }
  return docs
}

async function freshPage(browser: Browser, javaScriptEnabled = true) {
  const context: BrowserContext = await browser.newContext({ javaScriptEnabled })
  return { context, page: await context.newPage() }
}

const blurbField = () => `ranking:${fastapiId}.blurb`
const corner = (page: Page, field: string) => page.locator(`[data-review-corner="${field}"]`)

async function expectNoAxeViolations(page: Page) {
  const scan = await new AxeBuilder({ page }).analyze()
  expect(
    scan.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`),
  ).toEqual([])
}

test.beforeAll(async () => {
  token = await adminToken(e2eBaseURL, firstAdmin)
  restores = [await restoreLater('frameworks', 'fastapi', ['blurb'])]
  guideId = (await docBySlug(e2eBaseURL, token, 'guides', GUIDE)).id
  fastapiId = (await docBySlug(e2eBaseURL, token, 'frameworks', 'fastapi')).id
  shareUrl = (await makeLink()).url
  readOnlyUrl = (await makeLink({ readOnly: true, note: `${note} (read-only)` })).url
})

test.afterAll(async () => {
  if (links.length > 0) {
    await api(`/api/review-comments?where[link][in]=${links.join(',')}`, { method: 'DELETE' })
    await api(`/api/preview-links?where[id][in]=${links.join(',')}`, { method: 'DELETE' })
  }
  for (const restore of restores) await restore()
})

test('without script, a plain form under FastAPI’s blurb posts a comment, and it shows there', async ({
  browser,
}) => {
  const { context, page } = await freshPage(browser, false)
  await page.goto(shareUrl)
  await expect(page.getByRole('heading', { name: 'Review this guide' })).toBeVisible()
  const place = corner(page, blurbField())
  await place.getByText('Comment on FastAPI: blurb').click()
  const form = place.locator('form')
  const words = (await page.locator(`[data-review-field="${blurbField()}"] p`).first().innerText())
    .split(' ')
    .slice(0, 4)
    .join(' ')
  await form.getByLabel('Your name').fill(reviewer)
  await form.getByLabel('The words you mean (optional)').fill(words)
  await form.getByLabel('Your comment').fill(`No-script comment ${run}`)
  await form.getByRole('button', { name: 'Send comment' }).click()

  // 303 back to the place, the thread under it.
  await expect(page).toHaveURL(new RegExp(`#review-ranking(:|%3A)${fastapiId}\\.blurb$`))
  const thread = place.locator('.review-thread', { hasText: `No-script comment ${run}` })
  await expect(thread).toBeVisible()
  await expect(thread.locator('.review-quote')).toHaveText(words)
  await expect(thread.locator('.review-author')).toHaveText(reviewer)
  await expect(thread.locator('.review-state')).toHaveText('Open')
  await expect(thread.locator('.review-outdated')).toHaveCount(0)

  const [stored] = await commentsOfRun()
  expect(stored).toMatchObject({
    field: blurbField(),
    quote: words,
    body: `No-script comment ${run}`,
    kind: 'comment',
    linkLabel: note,
    reviewerName: reviewer,
  })
  await context.close()
})

test('with script, selected words in the blurb become a comment inline, and the name is remembered', async ({
  browser,
}) => {
  const { context, page } = await freshPage(browser)
  await page.goto(shareUrl)
  await expect(page.getByRole('heading', { name: 'Review this guide' })).toBeVisible()
  // Typed once in any form, remembered by the browser.
  const verdictForm = page.locator('[data-review-form="verdict"]')
  await verdictForm.getByLabel('Your name').fill(reviewer)
  await verdictForm.getByLabel('Your name').blur()

  const selected = await page
    .locator(`[data-review-field="${blurbField()}"] p`)
    .first()
    .evaluate((node) => {
      const text = node.firstChild as Text
      const range = document.createRange()
      range.setStart(text, 0)
      range.setEnd(text, Math.min(text.length, 24))
      getSelection()?.removeAllRanges()
      getSelection()?.addRange(range)
      return range.toString()
    })
  const offer = page.getByRole('button', { name: 'Comment on selection' })
  await offer.click()
  const place = corner(page, blurbField())
  const form = place.locator('form')
  await expect(form.getByLabel('The words you mean (optional)')).toHaveValue(selected.trim())
  await expect(form.getByLabel('Your comment')).toBeFocused()
  await expect(form.getByLabel('Your name')).toHaveValue(reviewer)
  await page.keyboard.type(`Inline comment ${run}`)

  await page.evaluate(() => ((window as { stayed?: boolean }).stayed = true))
  await form.getByRole('button', { name: 'Send comment' }).click()
  const thread = place.locator('.review-thread', { hasText: `Inline comment ${run}` })
  await expect(thread).toBeFocused()
  await expect(thread.locator('.review-quote')).toHaveText(selected.trim())
  // No reload: the page's own state is still there.
  expect(await page.evaluate(() => (window as { stayed?: boolean }).stayed)).toBe(true)
  const stored = await commentsOfRun()
  expect(stored.map((c) => c.body)).toContain(`Inline comment ${run}`)

  await page.reload()
  await expect(place.locator('.review-thread')).toHaveCount(2)
  await expect(place.locator('form').getByLabel('Your name')).toHaveValue(reviewer)
  await context.close()
})

test('the reviewer requests changes, bound to the draft on screen; the box says so', async ({
  browser,
}) => {
  const { context, page } = await freshPage(browser)
  await page.goto(shareUrl)
  const state = page.locator('[data-review-verdict]')
  await expect(state).toHaveText('No verdict yet.')
  const form = page.locator('[data-review-form="verdict"]')
  await form.getByLabel('Request changes').check()
  await form.getByLabel('Note (optional)').fill(`Fix the blurb ${run}`)
  await form.getByRole('button', { name: 'Send verdict' }).click()
  await expect(state).toHaveText(/^Changes requested on this draft/)
  await expect(state).toBeFocused()

  await page.reload()
  await expect(state).toHaveAttribute('data-review-verdict', 'changes')
  await expect(page.locator('.review-verdict')).toContainText(`Your note: Fix the blurb ${run}`)
  const verdict = (await commentsOfRun()).find((c) => c.kind === 'verdict')
  expect(verdict).toMatchObject({ verdict: 'changes', field: '@document' })
  const version = await form.locator('input[name="version"]').inputValue()
  expect(verdict?.draftVersion).toBe(version)
  await context.close()
})

test('passes axe, and looks right at phone and desktop widths', async ({ browser }) => {
  const { context, page } = await freshPage(browser)
  await page.goto(shareUrl)
  await corner(page, blurbField()).getByText('Comment on FastAPI: blurb').click()
  await expectNoAxeViolations(page)
  for (const [name, width] of [
    ['phone', 390],
    ['desktop', 1280],
  ] as const) {
    await page.setViewportSize({ width, height: 900 })
    await page.locator('.review-panel').scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${SHOTS}/review-reviewer-panel-${name}.png` })
    await page.locator('#fastapi').scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${SHOTS}/review-reviewer-entry-${name}.png` })
  }
  await context.close()
})

test('when the blurb no longer says it, the comment reads Outdated, still quoting', async ({
  browser,
}) => {
  const [first] = await commentsOfRun()
  await api(`/api/frameworks/${fastapiId}?draft=true&overrideLock=true`, {
    method: 'PATCH',
    body: JSON.stringify({ blurb: paragraph(`Rewritten ${run}.`) }),
  })
  const { context, page } = await freshPage(browser)
  await page.goto(shareUrl)
  const thread = corner(page, blurbField()).locator('.review-thread', {
    hasText: `No-script comment ${run}`,
  })
  await expect(thread.locator('.review-outdated')).toContainText('Outdated')
  await expect(thread.locator('.review-quote')).toHaveText(first?.quote ?? '')
  // The changes were requested on the blurb as it was: that verdict is for an earlier draft now.
  await expectReviewerVerdict(page, 'earlier-draft', 'Changes requested, for an earlier draft')
  await context.close()
})

test('the editors’ reply and a resolved thread show when the reviewer opens the link again', async ({
  browser,
}) => {
  const { docs } = (await api(
    `/api/review-comments?where[link][equals]=${links[0]}&where[kind][equals]=comment&sort=createdAt&depth=0`,
  )) as { docs: { id: number; body: string }[] }
  const thread = docs.find((c) => c.body === `No-script comment ${run}`)
  await api('/api/review-comments', {
    method: 'POST',
    body: JSON.stringify({
      document: { relationTo: 'guides', value: guideId },
      field: blurbField(),
      body: `Fixed in the next draft ${run}`,
      parent: thread?.id,
    }),
  })
  await api(`/api/review-comments/${thread?.id}`, {
    method: 'PATCH',
    body: JSON.stringify({ state: 'resolved' }),
  })
  const { context, page } = await freshPage(browser)
  await page.goto(shareUrl)
  const shown = page.locator(`#comment-${thread?.id}`)
  await expect(shown).toHaveAttribute('data-state', 'resolved')
  await expect(shown.locator('.review-state')).toHaveText('Resolved')
  const reply = shown.locator('.review-reply')
  await expect(reply.locator('.review-author')).toHaveText('Reply from the editors')
  await expect(reply.locator('.review-body')).toHaveText(`Fixed in the next draft ${run}`)
  await context.close()
})

test('a read-only link shows the threads and no form', async ({ browser }) => {
  const { context, page } = await freshPage(browser)
  await page.goto(readOnlyUrl)
  await expect(page.locator('.review-help')).toContainText('read-only')
  await expect(corner(page, blurbField()).locator('.review-thread')).toHaveCount(2)
  await expect(page.locator('form.review-form')).toHaveCount(0)
  await context.close()
})

test('a revoked link can neither read the draft nor comment', async ({ browser }) => {
  const { context, page } = await freshPage(browser, false)
  await page.goto(shareUrl)
  const place = corner(page, blurbField())
  await place.getByText('Comment on FastAPI: blurb').click()
  const before = (await commentsOfRun()).length

  await api(`/api/preview-links/${links[0]}`, {
    method: 'PATCH',
    body: JSON.stringify({ revoked: true }),
  })
  // The form already on screen no longer takes a comment.
  await place.locator('form').getByLabel('Your comment').fill(`After revoking ${run}`)
  const [response] = await Promise.all([
    page.waitForResponse((r) => new URL(r.url()).pathname === '/review'),
    place.locator('form').getByRole('button', { name: 'Send comment' }).click(),
  ])
  expect(response.status()).toBe(403)
  await expect(page.getByText('Your comment was not saved')).toBeVisible()
  expect((await commentsOfRun()).length).toBe(before)

  // Nor does the link show the draft or its review any more.
  await page.goto(shareUrl)
  await expect(page.getByRole('heading', { name: 'Review this guide' })).toHaveCount(0)
  await expect(page.getByText(`No-script comment ${run}`)).toHaveCount(0)
  await context.close()
})

test('a reader’s page of the guide carries no review: no panel, no form, no script, no comment', async ({
  request,
}) => {
  const html = await (await request.get(`/guides/${GUIDE}`)).text()
  expect(html).toContain('FastAPI')
  for (const absent of ['review-panel', 'data-review', '/review.js', `comment ${run}`]) {
    expect(html, absent).not.toContain(absent)
  }
})
