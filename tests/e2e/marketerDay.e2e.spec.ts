import {
  expect,
  test,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
} from '@playwright/test'

import {
  adminHeaders,
  createEditor,
  readAsUser,
  restoreLater,
  typeInEditor,
} from '../helpers/e2eAdmin'
import { e2eBaseURL } from '../helpers/e2eUsers'
import { screenshotPath } from '../helpers/readerChecks'

// A new marketer's first day, replayed as they met it (issue 24): sign up, change FastAPI's
// "Best for", re-rank and preview, share with a reviewer, make an About page and put it in the
// navigation, schedule the re-rank, rename the page. Every click is counted per task, and no step
// may show an error toast. Screenshots of each key screen: .data/test-results/screenshots/
// marketer-day-*.png, for a person to look at.
test.describe.configure({ mode: 'serial' })

const GUIDE = { slug: 'backend-frameworks-2026', title: 'What backend frameworks to use in 2026' }
const run = Date.now()
const marketer = { email: `marketer-day-${run}@example.com`, password: 'marketer-day-password' }
const shareNote = `Reviewer ${run}`
const about = { title: `About ${run}`, renamed: `About us ${run}`, slug: `about-us-${run}` }

// Each task's ceiling: half again what the first green run counted, and at least three more
// (3, 8, 3, 4, 13, 8, 5 at 1440 px), so one more confirm or tab still passes and a hunt does not.
const CEILINGS: Record<string, number> = {
  'sign up': 6,
  'change FastAPI’s Best for': 12,
  're-rank and preview': 6,
  'share with a reviewer': 7,
  'About page in the navigation': 20,
  'schedule the re-rank': 12,
  'rename the page': 8,
}

const clicks: Record<string, number> = {}
const errorToasts: string[] = []
const serverErrors: string[] = []
let task = ''
let context: BrowserContext
let page: Page
let aboutId: number | undefined
let schedulePending = false
let restores: (() => Promise<void>)[] = []
let headerNavigation: unknown

/** A click the marketer makes, counted against the current task. */
async function click(target: Locator, options?: Parameters<Locator['click']>[0]) {
  clicks[task] = (clicks[task] ?? 0) + 1
  await target.click(options)
}

/** Clicking into a field (one click) and typing into it. */
async function type(field: Locator, text: string) {
  await click(field)
  await field.fill(text)
}

/** Types into a rich-text editor (tests/helpers/e2eAdmin.ts), its first click counted. */
async function typeInCountedEditor(editor: Locator, text: string) {
  await click(editor)
  await typeInEditor(editor, text)
}

const shot = (target: Page, name: string, fullPage = false) =>
  target.screenshot({ path: screenshotPath(`marketer-day-${name}`), fullPage })

/** Starts task `name`, and ends the one before it: its clicks, then no error on the way. */
function begin(name: string) {
  task = name
  clicks[name] = 0
}

async function finish() {
  console.log(`marketer's day: ${task}: ${clicks[task]} clicks`)
  await expect(page.locator('[data-sonner-toast][data-type="error"]')).toHaveCount(0)
  expect(errorToasts, 'error toasts the marketer saw').toEqual([])
  expect(serverErrors, 'server errors behind the admin').toEqual([])
  const ceiling = CEILINGS[task]
  if (ceiling !== undefined) expect(clicks[task]).toBeLessThanOrEqual(ceiling)
}

/** What a reader with no cookies sees at `path`. */
async function readerPage(browser: Browser, path: string) {
  const reader = await browser.newContext()
  const readerTab = await reader.newPage()
  await readerTab.goto(path)
  return { reader, readerTab }
}

const rankingRow = (at: Page, index: number) => at.locator('table.ranking tbody tr').nth(index)

/** A reader's screen at the ranking table. */
async function shotRanking(at: Page, name: string) {
  await at.locator('table.ranking').scrollIntoViewIfNeeded()
  await shot(at, name)
}
const publicNav = (at: Page) => at.getByRole('navigation', { name: 'Main' })

/** A link of the admin's side navigation, opened first where the screen keeps it folded. */
async function clickNav(navId: string) {
  const menu = page.getByRole('button', { name: 'Open Menu' })
  if (await menu.isVisible()) await click(menu)
  await click(page.locator(`#${navId}`))
}

async function openFromNav(navId: string, title: string) {
  await clickNav(navId)
  await click(page.getByRole('link', { name: title, exact: true }).first())
  await expect(page.locator('h1')).toHaveText(title)
}

test.beforeAll(async ({ browser, request }) => {
  restores = await Promise.all([
    restoreLater('frameworks', 'fastapi', ['bestFor']),
    restoreLater('guides', GUIDE.slug, ['ranking']),
  ])
  const header = await fetch(`${e2eBaseURL}/api/globals/header?depth=0`, {
    headers: await adminHeaders(),
  })
  headerNavigation = ((await header.json()) as { navigation?: unknown }).navigation
  // The first admin makes the marketer's account; the marketer signs in for the first time below.
  await createEditor(request, marketer.email, marketer.password)

  // A laptop's screen (1440 × 900), where the admin keeps its side navigation open.
  context = await browser.newContext({
    permissions: ['clipboard-read', 'clipboard-write'],
    viewport: { width: 1440, height: 900 },
  })
  // Toasts leave after 4 s: every error toast is caught as it appears, on any page of the day.
  await context.exposeBinding('noteErrorToast', (_source, text: string) => {
    errorToasts.push(`${task}: ${text}`)
  })
  await context.addInitScript(() => {
    const seen = new WeakSet<Element>()
    const note = (window as unknown as { noteErrorToast: (text: string) => Promise<void> })
      .noteErrorToast
    new MutationObserver(() => {
      for (const toast of document.querySelectorAll('[data-sonner-toast][data-type="error"]')) {
        if (seen.has(toast)) continue
        seen.add(toast)
        void note(toast.textContent ?? '')
      }
    }).observe(document, { childList: true, subtree: true })
  })
  page = await context.newPage()
  page.on('response', (response) => {
    if (response.status() >= 500)
      serverErrors.push(`${task}: ${response.status()} ${response.url()}`)
  })
})

test.afterAll(async () => {
  console.log(`marketer's day, clicks per task: ${JSON.stringify(clicks)}`)
  const headers = { ...(await adminHeaders()), 'Content-Type': 'application/json' }
  if (schedulePending && page) {
    // A publish still scheduled would put the re-rank live after the restore below.
    await openFromNav('nav-guides', GUIDE.title)
    await page.locator('.popup-button').filter({ visible: true }).first().click()
    await page.getByRole('button', { name: 'Schedule Publish' }).click()
    const remove = page.getByRole('dialog').locator('.schedule-publish__delete')
    for (let left = await remove.count(); left > 0; left--) {
      await remove.first().click()
      await expect(remove).toHaveCount(left - 1)
    }
  }
  await context?.close()
  // The navigation first: a page it shows cannot be deleted.
  const nav = await fetch(`${e2eBaseURL}/api/globals/header`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ navigation: headerNavigation, _status: 'published' }),
  })
  expect(nav.ok, await nav.text()).toBe(true)
  const redirects = (await (
    await fetch(`${e2eBaseURL}/api/redirects?where[from][like]=${run}&depth=0`, { headers })
  ).json()) as { docs: { id: number }[] }
  for (const { id } of redirects.docs) {
    await fetch(`${e2eBaseURL}/api/redirects/${id}`, { method: 'DELETE', headers })
  }
  if (aboutId !== undefined) {
    // The marketer's edit lock on it outlives their browser.
    const gone = await fetch(`${e2eBaseURL}/api/pages/${aboutId}?overrideLock=true`, {
      method: 'DELETE',
      headers,
    })
    expect(gone.ok, await gone.text()).toBe(true)
  }
  const links = (await (
    await fetch(
      `${e2eBaseURL}/api/preview-links?where[note][equals]=${encodeURIComponent(shareNote)}`,
      {
        headers,
      },
    )
  ).json()) as { docs: { id: number }[] }
  for (const { id } of links.docs) {
    await fetch(`${e2eBaseURL}/api/preview-links/${id}`, { method: 'DELETE', headers })
  }
  for (const restore of restores) await restore()
  // The re-rank and its restore leave the guide's "What changed": the specs after this one read
  // the seeded page (releases.e2e.spec.ts clears its own the same way).
  const changes = (await (
    await fetch(`${e2eBaseURL}/api/guide-changes?limit=100&depth=0`, { headers })
  ).json()) as { docs: { id: number; at: string }[] }
  for (const change of changes.docs.filter((doc) => Date.parse(doc.at) >= run)) {
    await fetch(`${e2eBaseURL}/api/guide-changes/${change.id}`, { method: 'DELETE', headers })
  }
})

test('1. sign up: the new marketer signs in for the first time and lands on the dashboard', async () => {
  begin('sign up')
  await page.goto('/admin')
  await expect(page).toHaveURL(/\/admin\/login/)
  await type(page.locator('#field-email'), marketer.email)
  await type(page.locator('#field-password'), marketer.password)
  await shot(page, '1-login')
  await click(page.getByRole('button', { name: 'Login' }))
  await expect(page).toHaveURL(/\/admin\/?$/)
  await expect(page.getByRole('region', { name: 'Unpublished changes' })).toBeVisible()
  await shot(page, '1-dashboard', true)
  await finish()
})

test('2. FastAPI’s “Best for”, changed from its ranking row and published', async ({ browser }) => {
  begin('change FastAPI’s Best for')
  const bestFor = `Python teams who want typed APIs (${run})`
  await openFromNav('nav-guides', GUIDE.title)
  await click(page.getByRole('button', { name: 'Ranking', exact: true }))
  const edit = page.getByRole('button', { name: 'Edit FastAPI’s public fields' })
  await edit.scrollIntoViewIfNeeded()
  await shot(page, '2-ranking-rows')
  await click(edit)
  const drawer = page.getByRole('dialog').last()
  // The draft autosaved before Publish, as the marketer sees it ("Changed"): a Publish clicked in
  // the moment between typing and the autosave's request is dropped by the admin with no message
  // (a CI run caught it: only the autosave reached the server).
  const autosaved = page.waitForResponse(
    (response) =>
      response.request().method() === 'PATCH' &&
      /\/api\/frameworks\/\d+\?autosave=true/.test(response.url()),
  )
  await type(drawer.locator('#field-bestFor'), bestFor)
  expect((await autosaved).status()).toBe(200)
  await expect(drawer.getByText(/Status:\s*Changed/)).toBeVisible()
  await shot(page, '2-drawer')
  await click(drawer.getByRole('button', { name: 'Publish changes' }))
  await expect(page.getByText('Published.', { exact: true })).toBeVisible()
  await shot(page, '2-published')
  await click(drawer.getByRole('button', { name: 'Close' }).first())
  await expect(drawer).toBeHidden()

  const { reader, readerTab } = await readerPage(browser, '/')
  await expect(readerTab.locator('#fastapi')).toContainText(bestFor)
  await expect(rankingRow(readerTab, 1)).toContainText(bestFor)
  await shotRanking(readerTab, '2-live')
  await reader.close()
  await finish()
})

test('3. re-rank: Django moved above FastAPI, previewed, while readers keep the old order', async ({
  browser,
}) => {
  begin('re-rank and preview')
  const id = new URL(page.url()).pathname.split('/').pop()
  const saved = page.waitForResponse(
    (r) =>
      r.request().method() === 'PATCH' &&
      r.url().includes(`/api/guides/${id}?`) &&
      r.url().includes('autosave=true'),
  )
  await click(page.locator('#ranking-row-2 .array-actions__button'))
  await click(page.getByRole('button', { name: 'Move Up' }))
  await expect(page.locator('#ranking-row-1 .ranking-row-label__text')).toHaveText('#2 Django')
  await expect(page.locator('#ranking-row-2 .ranking-row-label__text')).toHaveText('#3 FastAPI')
  expect((await saved).ok()).toBe(true)
  await shot(page, '3-reranked')

  const opened = page.waitForEvent('popup')
  await click(page.getByRole('link', { name: 'Preview', exact: true }))
  const preview = await opened
  await expect(preview.getByRole('status').filter({ hasText: 'unpublished drafts' })).toBeVisible()
  await expect(rankingRow(preview, 1)).toContainText('Django')
  await expect(rankingRow(preview, 2)).toContainText('FastAPI')
  await shotRanking(preview, '3-preview')
  await preview.close()

  const { reader, readerTab } = await readerPage(browser, '/')
  await expect(rankingRow(readerTab, 1)).toContainText('FastAPI')
  await reader.close()
  await finish()
})

test('4. share: a link made and copied in one go shows the reviewer the re-rank', async ({
  browser,
}) => {
  begin('share with a reviewer')
  await click(page.getByRole('button', { name: 'Share links', exact: true }))
  await type(page.getByLabel('Who is it for? (optional)'), shareNote)
  await click(page.getByRole('button', { name: 'Make a share link' }))
  const link = page.getByRole('listitem', { name: `Share link ${shareNote}` })
  await expect(link.getByRole('textbox', { name: 'Share link address' })).toHaveValue(
    /\/preview\?token=/,
  )
  await click(link.getByRole('button', { name: 'Copy link' }))
  await expect(link.getByRole('button', { name: 'Copied' })).toBeVisible()
  await expect(page.locator('.share-links__problem')).toHaveCount(0)
  await shot(page, '4-share-link')
  const shareUrl = await page.evaluate(() => navigator.clipboard.readText())

  const { reader: reviewer, readerTab } = await readerPage(browser, shareUrl)
  await expect(
    readerTab.getByRole('status').filter({ hasText: 'unpublished drafts' }),
  ).toContainText(`Shared by ${marketer.email}, until`)
  await expect(rankingRow(readerTab, 1)).toContainText('Django')
  await shotRanking(readerTab, '4-reviewer')
  await reviewer.close()
  await finish()
})

test('5. an About page, published and put in the navigation', async ({ browser }) => {
  test.slow()
  begin('About page in the navigation')
  await clickNav('nav-pages')
  await click(page.getByRole('link', { name: 'Create new Page' }))
  // With autosave, the admin makes the draft first and opens it.
  await expect(page).toHaveURL(/\/admin\/collections\/pages\/\d+$/)
  aboutId = Number(new URL(page.url()).pathname.split('/').pop())
  await type(page.locator('#field-title'), about.title)
  await click(page.getByRole('button', { name: /^Add Layout$/ }).last())
  await click(page.getByRole('button', { name: 'Rich text', exact: true }))
  await typeInCountedEditor(
    page.locator('[data-lexical-editor="true"]').last(),
    'We build jerrycan and rank frameworks in the open.',
  )
  await shot(page, '5-about-page', true)
  await click(page.getByRole('button', { name: 'Publish changes' }))
  await expect(page.getByText('Published.', { exact: true })).toBeVisible()
  const { slug } = await readAsUser<{ slug: string }>(page, `/api/pages/${aboutId}?depth=0`)
  expect(slug).toBe(`about-${run}`)

  await clickNav('nav-global-header')
  await click(page.getByRole('button', { name: /^Add Link$/ }).first())
  const row = page.locator('[id^="navigation-row-"]').last()
  await type(row.locator('input[name$=".label"]'), 'About')
  await click(row.locator('.relationship .rs__control'))
  await page.keyboard.type(about.title)
  await click(page.locator('.rs__option', { hasText: about.title }))
  await row.scrollIntoViewIfNeeded()
  await shot(page, '5-header')
  await click(page.getByRole('button', { name: 'Publish changes' }))
  await expect(page.getByText('Published.', { exact: true })).toBeVisible()

  const { reader, readerTab } = await readerPage(browser, '/')
  await expect(publicNav(readerTab).getByRole('link', { name: 'About' })).toHaveAttribute(
    'href',
    `/${slug}`,
  )
  await publicNav(readerTab).getByRole('link', { name: 'About' }).click()
  await expect(
    readerTab.getByText('We build jerrycan and rank frameworks in the open.'),
  ).toBeVisible()
  await shot(readerTab, '5-about-live')
  await reader.close()
  await finish()
})

test('6. the re-rank, scheduled: it shows on the dashboard and goes live on its own', async ({
  browser,
}) => {
  test.setTimeout(240_000)
  begin('schedule the re-rank')
  await openFromNav('nav-guides', GUIDE.title)
  // Far enough ahead to see it on the dashboard before it fires; the picker has minute precision.
  const at = new Date(Math.ceil((Date.now() + 45_000) / 60_000) * 60_000)
  await click(page.locator('.popup-button').filter({ visible: true }).first())
  await click(page.getByRole('button', { name: 'Schedule Publish' }))
  const drawer = page.getByRole('dialog', { name: /^schedule-publish/ })
  const format = { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' } as const
  await type(drawer.getByRole('textbox').first(), at.toLocaleString('en-US', format))
  await drawer.getByRole('textbox').first().press('Tab')
  await click(drawer.getByRole('button', { name: 'Save' }))
  schedulePending = true
  await expect(page.getByText('Scheduled.', { exact: true })).toBeVisible()
  await expect(drawer.getByText(/No upcoming events/)).toHaveCount(0)
  await shot(page, '6-scheduled')
  await click(drawer.getByRole('button', { name: 'Close' }).first())

  await click(page.locator('.step-nav__home'))
  const scheduled = page.getByRole('region', { name: 'Scheduled' })
  await expect(scheduled.getByRole('listitem').filter({ hasText: GUIDE.title })).toContainText(
    /publish/,
  )
  await shot(page, '6-dashboard', true)

  const reader = await browser.newContext()
  const readerTab = await reader.newPage()
  await expect
    .poll(
      async () => {
        await readerTab.goto('/')
        return rankingRow(readerTab, 1).innerText()
      },
      { timeout: 150_000, intervals: [2_000] },
    )
    .toContain('Django')
  schedulePending = false
  expect(Date.now()).toBeGreaterThanOrEqual(at.getTime())
  await shotRanking(readerTab, '6-live')
  await reader.close()
  await finish()
})

test('7. the About page renamed: its old address redirects and the navigation follows', async ({
  browser,
}) => {
  begin('rename the page')
  await openFromNav('nav-pages', about.title)
  const oldSlug = `about-${run}`
  await type(page.locator('#field-title'), about.renamed)
  await type(page.locator('#field-slug'), about.slug)
  await expect(page.locator('.slug-description__note')).toContainText(
    `publishing moves it from /${oldSlug} to /${about.slug}`,
  )
  await shot(page, '7-slug-warning')
  await click(page.getByRole('button', { name: 'Publish changes' }))
  await expect(page.getByText('Published.', { exact: true })).toBeVisible()

  const moved = await fetch(`${e2eBaseURL}/${oldSlug}`, { redirect: 'manual' })
  expect(moved.status).toBe(301)
  expect(new URL(moved.headers.get('location')!, e2eBaseURL).pathname).toBe(`/${about.slug}`)
  const { reader, readerTab } = await readerPage(browser, '/')
  const link = publicNav(readerTab).getByRole('link', { name: 'About' })
  await expect(link).toHaveAttribute('href', `/${about.slug}`)
  await link.click()
  await expect(readerTab.locator('h1')).toHaveText(about.renamed)
  await shot(readerTab, '7-renamed-live')
  await reader.close()
  await finish()
})
