import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

import { adminToken, docBySlug } from '../../tooling/siteApi'
import { apiAs, createEditor, signIn } from '../helpers/e2eAdmin'
import { e2eBaseURL, firstAdmin } from '../helpers/e2eUsers'
import { screenshotPath } from '../helpers/readerChecks'

// The marketer's side of a review: a reviewer's comment on FastAPI's blurb and their request for
// changes, posted through a share link, show in the cockpit (new since the last visit, "changes
// requested" beside the guide) and in the guide's Review tab, where the marketer replies from the
// keyboard and resolves it; the reviewer sees the reply on their link. axe on both.
test.describe.configure({ mode: 'serial' })

const GUIDE = 'backend-frameworks-2026'
const GUIDE_TITLE = 'What backend frameworks to use in 2026'
const run = Date.now()
const reviewer = `Rita ${run}`
const label = `Admin review ${run}`
const marketer = { email: `review-admin-${run}@example.com`, password: 'review-admin-password' }

let token = ''
let guideId = 0
let fastapiId = 0
let linkId = 0
let shareUrl = ''
let threadId = 0
let quote = ''
let releaseId = 0

const api = apiAs(() => token)

/** What the reviewer's page posts: JSON from this site's origin, the link's token as credential. */
async function review(fields: Record<string, string>) {
  const shareToken = new URL(shareUrl).searchParams.get('token') ?? ''
  const response = await fetch(`${e2eBaseURL}/review`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: e2eBaseURL },
    body: JSON.stringify({ token: shareToken, name: reviewer, ...fields }),
  })
  const text = await response.text()
  expect(response.status, text).toBe(201)
  return (JSON.parse(text) as { id: number }).id
}

/** The first words of a rich text value. */
function firstWords(value: unknown, count: number): string {
  const stack = [value]
  while (stack.length > 0) {
    const node = stack.shift()
    if (node && typeof node === 'object') {
      const text = (node as { text?: unknown }).text
      if (typeof text === 'string' && text.trim()) return text.split(' ').slice(0, count).join(' ')
      stack.push(...(Object.values(node) as unknown[]))
    }
  }
  return ''
}

async function expectNoAxeViolations(page: Page, selector: string) {
  const scan = await new AxeBuilder({ page }).include(selector).analyze()
  expect(
    scan.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`),
  ).toEqual([])
}

test.beforeAll(async ({ request }) => {
  token = await adminToken(e2eBaseURL, firstAdmin)
  await createEditor(request, marketer.email, marketer.password)
  guideId = (await docBySlug(e2eBaseURL, token, 'guides', GUIDE)).id
  const fastapi = await docBySlug(e2eBaseURL, token, 'frameworks', 'fastapi')
  fastapiId = fastapi.id
  quote = firstWords(fastapi.blurb, 4)
  const { doc } = (await api('/api/preview-links', {
    method: 'POST',
    body: JSON.stringify({ guide: guideId, note: label }),
  })) as { doc: { id: number; url: string } }
  linkId = doc.id
  shareUrl = doc.url
  threadId = await review({
    field: `ranking:${fastapiId}.blurb`,
    quote,
    body: `FastAPI is not this slow ${run}`,
  })
  await review({ verdict: 'changes', body: 'See my comment on FastAPI.' })
})

test.afterAll(async () => {
  if (releaseId !== 0) await api(`/api/releases/${releaseId}`, { method: 'DELETE' })
  if (linkId === 0) return
  await api(`/api/review-comments?where[link][equals]=${linkId}`, { method: 'DELETE' })
  await api(`/api/review-comments?where[parent][equals]=${threadId}`, { method: 'DELETE' })
  await api(`/api/preview-links/${linkId}`, { method: 'DELETE' })
})

test('the cockpit lists the new thread, newest first, with “changes requested” beside the guide', async ({
  page,
}) => {
  await signIn(page, marketer)
  const section = page.getByRole('region', { name: 'Review' })
  // A first visit: every open thread is new.
  await expect(section.locator('.review-cockpit__count')).toContainText('since your last visit')
  const newCount = Number(await section.locator('.review-cockpit__count').getAttribute('data-new'))
  expect(newCount).toBeGreaterThanOrEqual(1)
  const threads = section.getByRole('list', { name: 'Open threads' })
  const item = threads.locator(`li[data-thread="${threadId}"]`)
  await expect(threads.locator('li').first()).toHaveAttribute('data-thread', String(threadId))
  await expect(item.getByRole('link', { name: GUIDE_TITLE })).toHaveAttribute(
    'href',
    `/admin/collections/guides/${guideId}#tab=Review`,
  )
  await expect(item).toContainText('FastAPI: blurb')
  await expect(item).toContainText(`FastAPI is not this slow ${run}`)
  await expect(item).toContainText(`${reviewer} via “${label}”`)
  await expect(item.locator('.cockpit__tag--new')).toHaveText('new')
  await expect(item.locator('.review__tag--changes')).toHaveText('changes requested')
  const verdicts = section.getByRole('list', { name: 'Verdicts on documents' })
  const guideRow = verdicts.locator(`li[data-verdicts="guides:${guideId}"]`)
  await expect(guideRow).toContainText('changes requested')
  await expect(guideRow).toContainText(`requested changes by ${reviewer} via “${label}”`)
  await expectNoAxeViolations(page, 'section.review-cockpit')
  await section.screenshot({ path: screenshotPath('review-admin-cockpit') })

  // The visit is noted: seen again, nothing is new.
  await page.reload()
  await expect(section.locator('.review-cockpit__count')).toHaveAttribute('data-new', '0')
  await expect(item.locator('.cockpit__tag--new')).toHaveCount(0)
})

test('the guide’s Review tab shows the thread; the marketer replies by keyboard and resolves it', async ({
  page,
}) => {
  await signIn(page, marketer)
  // The cockpit's link opens the Review tab.
  await page
    .getByRole('region', { name: 'Review' })
    .locator(`li[data-thread="${threadId}"]`)
    .getByRole('link', { name: GUIDE_TITLE })
    .click()
  const panel = page.getByRole('region', { name: 'Review' })
  const thread = panel.locator(`article[data-thread="${threadId}"]`)
  await expect(thread).toBeVisible({ timeout: 15_000 })
  await expect(thread.getByRole('heading', { name: 'FastAPI: blurb' })).toBeVisible()
  await expect(thread.locator('.review-thread__quote')).toHaveText(quote)
  await expect(thread.locator('[data-thread-state]')).toHaveText('Open')
  await expect(thread.locator('.review__tag--outdated')).toHaveCount(0)
  await expect(thread).toContainText(`${reviewer} via “${label}”`)
  await expect(thread.getByRole('link', { name: 'Go to “Blurb” in “FastAPI”' })).toHaveAttribute(
    'href',
    `/admin/collections/frameworks/${fastapiId}#jump=blurb`,
  )
  const verdict = panel.locator('[data-verdict="changes"]').filter({ hasText: reviewer })
  await expect(verdict).toContainText('Changes requested')
  await expect(panel.locator('.review__approval')).toHaveText(/^Publishing needs an approval: /)
  await expectNoAxeViolations(page, 'section.review')
  await thread.screenshot({ path: screenshotPath('review-admin-thread') })
  await panel.screenshot({ path: screenshotPath('review-admin-panel') })

  // By keyboard: the labelled box, Tab to Reply, Enter.
  const box = thread.getByLabel(`Reply to ${reviewer}`)
  await box.focus()
  await page.keyboard.type(`Fixed the figures ${run}`)
  await page.keyboard.press('Tab')
  await expect(thread.getByRole('button', { name: 'Reply' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(thread.getByRole('status')).toHaveText(/^Reply sent\./)
  const replies = thread.getByRole('list', { name: 'Replies' })
  await expect(replies).toContainText(`Fixed the figures ${run}`)
  await expect(replies).toContainText(marketer.email)
  await expect(box).toHaveValue('')

  // The sidebar's line counts the open threads, and keeps count as the tab resolves one.
  const sidebarCount = page.locator('.review-summary [data-open-threads]')
  const openBefore = Number(await sidebarCount.getAttribute('data-open-threads'))
  expect(openBefore).toBeGreaterThanOrEqual(1)
  await page.keyboard.press('Tab')
  const resolve = thread.getByRole('button', { name: 'Resolve' })
  await expect(resolve).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(thread.locator('[data-thread-state]')).toHaveText('Resolved')
  await expect(sidebarCount).toHaveText(
    `${openBefore - 1} open ${openBefore - 1 === 1 ? 'thread' : 'threads'}`,
  )
  await expect(thread.getByRole('button', { name: 'Reopen' })).toBeFocused()
  await expect(thread.getByRole('status')).toHaveText('Thread resolved.')
  await thread.screenshot({ path: screenshotPath('review-admin-thread-resolved') })

  // Stored as the marketer, in the thread, resolved; read afresh, the tab says the same.
  const { docs } = (await api(
    `/api/review-comments?where[parent][equals]=${threadId}&depth=0`,
  )) as { docs: { body: string; author: number | null; field: string }[] }
  expect(docs.map((d) => [d.body, d.field])).toEqual([
    [`Fixed the figures ${run}`, `ranking:${fastapiId}.blurb`],
  ])
  expect(docs[0]!.author).not.toBeNull()
  await page.reload()
  await expect(thread.locator('[data-thread-state]')).toHaveText('Resolved', { timeout: 15_000 })
  await expect(thread.getByRole('list', { name: 'Replies' })).toContainText(
    `Fixed the figures ${run}`,
  )

  // The jump opens FastAPI's blurb in the framework.
  await thread.getByRole('link', { name: 'Go to “Blurb” in “FastAPI”' }).click()
  await expect(page).toHaveURL(new RegExp(`/admin/collections/frameworks/${fastapiId}#jump=blurb$`))
  await expect(page.locator('h1')).toHaveText('FastAPI')
})

test('the reviewer sees the reply and the resolved state on their share link', async ({
  browser,
}) => {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(shareUrl)
  const thread = page.locator(`#comment-${threadId}`)
  await expect(thread.locator('.review-state').first()).toHaveText('Resolved')
  const reply = thread.locator('.review-reply')
  await expect(reply.locator('.review-body')).toHaveText(`Fixed the figures ${run}`)
  await expect(reply.locator('.review-author')).toHaveText('Reply from the editors')
  await context.close()
})

test('a release’s Review tab shows the threads and verdicts of the guide it holds', async ({
  page,
}) => {
  const { doc } = (await api('/api/releases', {
    method: 'POST',
    body: JSON.stringify({
      name: `Reviewed release ${run}`,
      items: [{ doc: { relationTo: 'guides', value: guideId } }],
    }),
  })) as { doc: { id: number } }
  releaseId = doc.id
  await signIn(page, marketer)
  await page.goto(`/admin/collections/releases/${releaseId}`)
  await page.getByRole('button', { name: 'Review', exact: true }).click()
  const panel = page.getByRole('region', { name: 'Review' })
  await expect(panel.getByRole('heading', { name: 'This release' })).toBeVisible()
  await expect(panel.getByRole('heading', { name: `Guide: ${GUIDE_TITLE}` })).toBeVisible()
  const thread = panel.locator(`article[data-thread="${threadId}"]`)
  await expect(thread.getByRole('heading', { name: 'FastAPI: blurb' })).toBeVisible()
  await expect(
    panel.locator(`[data-review="guides:${guideId}"] [data-verdict]`).filter({ hasText: reviewer }),
  ).toContainText('Changes requested')
  await expectNoAxeViolations(page, 'section.review')
  await panel.screenshot({ path: screenshotPath('review-admin-release') })
})
