import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test'

import { adminToken, authHeader, docBySlug } from '../../tooling/siteApi'
import { openDocument, restoreLater, signIn } from '../helpers/e2eAdmin'
import { e2eBaseURL, firstAdmin } from '../helpers/e2eUsers'

// A marketer shares a guide's draft in one step; the reviewer opens it, hands the address in their
// address bar to a colleague, and follows links out without handing over the token. Then the
// marketer edits FastAPI's "Best for" from the guide's ranking row and publishes.
test.describe.configure({ mode: 'serial' })

const SHOTS = '.data/test-results/screenshots'
const GUIDE = { slug: 'backend-frameworks-2026', title: 'What backend frameworks to use in 2026' }
const run = Date.now()
const draftDek = `Share flow draft ${run}.`
const note = `Share flow ${run}`

let admin: BrowserContext
let marketer: Page
let shareUrl = ''
let restores: (() => Promise<void>)[] = []

/** A browser with no cookies at all: a reviewer's, or their colleague's. */
async function freshPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext()
  return { context, page: await context.newPage() }
}

const banner = (page: Page) => page.getByRole('status').filter({ hasText: 'unpublished drafts' })

test.beforeAll(async ({ browser }) => {
  restores = await Promise.all([
    restoreLater('guides', GUIDE.slug, ['dek']),
    restoreLater('frameworks', 'fastapi', ['bestFor']),
  ])
  // The guide's draft, which readers must not see and the reviewer must.
  const token = await adminToken(e2eBaseURL, firstAdmin)
  const guide = await docBySlug(e2eBaseURL, token, 'guides', GUIDE.slug, { draft: false })
  const saved = await fetch(`${e2eBaseURL}/api/guides/${guide.id}?draft=true&overrideLock=true`, {
    method: 'PATCH',
    headers: { ...authHeader(token), 'Content-Type': 'application/json' },
    body: JSON.stringify({ dek: draftDek }),
  })
  expect(saved.ok, await saved.text()).toBe(true)
  admin = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] })
  marketer = await admin.newPage()
  await signIn(marketer, firstAdmin)
})

test.afterAll(async () => {
  await admin?.close()
  for (const restore of restores) await restore()
})

test('1. the marketer makes a share link and has it, with a Copy button, at once', async () => {
  await openDocument(marketer, 'guides', GUIDE.title)
  await marketer.getByRole('button', { name: 'Share links', exact: true }).click()
  await marketer.getByLabel('Who is it for? (optional)').fill(note)
  await marketer.getByRole('button', { name: 'Make a share link' }).click()

  const link = marketer.getByRole('listitem', { name: `Share link ${note}` })
  const address = link.getByRole('textbox', { name: 'Share link address' })
  await expect(address).toHaveValue(/\/preview\?token=[\w-]+\.[\w-]+$/)
  shareUrl = await address.inputValue()
  // Its state in words, never a raw `false`.
  await expect(link).toContainText(/Works until \d{1,2} \w{3} \d{4}, \d{2}:\d{2}/)
  await expect(link).not.toContainText('false')

  await link.getByRole('button', { name: 'Copy link' }).click()
  await expect(link.getByRole('button', { name: 'Copied' })).toBeVisible()
  expect(await marketer.evaluate(() => navigator.clipboard.readText())).toBe(shareUrl)
  await marketer.screenshot({ path: `${SHOTS}/share-link-made.png` })
})

test('2. the reviewer sees the draft, and the address they copy still shows it', async ({
  browser,
}) => {
  const reviewer = await freshPage(browser)
  const response = await reviewer.page.goto(shareUrl)
  expect(response?.status()).toBe(200)
  await expect(reviewer.page.getByText(draftDek)).toBeVisible()
  await expect(banner(reviewer.page)).toContainText(`Shared by ${firstAdmin.email}, until`)
  // The address bar shows the share link again, not the guide's public URL.
  await expect.poll(() => reviewer.page.url()).toBe(shareUrl)
  await reviewer.page.screenshot({ path: `${SHOTS}/share-reviewer.png` })

  const colleague = await freshPage(browser)
  await colleague.page.goto(reviewer.page.url())
  await expect(colleague.page.getByText(draftDek)).toBeVisible()
  await expect(banner(colleague.page)).toBeVisible()
  await colleague.context.close()

  // A reader without the link still gets the published guide.
  const reader = await freshPage(browser)
  await reader.page.goto(`/guides/${GUIDE.slug}`)
  await expect(reader.page.getByText(draftDek)).toHaveCount(0)
  await reader.context.close()
  await reviewer.context.close()
})

test('3. no Referer names the token: not a click out of the preview, not one within the site', async ({
  browser,
}) => {
  const reviewer = await freshPage(browser)
  const sent: Record<string, string | undefined> = {}
  await reviewer.context.route('https://elsewhere.example/**', async (route) => {
    sent.out = (await route.request().allHeaders()).referer
    await route.fulfill({ status: 200, contentType: 'text/html', body: '<p>Elsewhere</p>' })
  })
  await reviewer.page.goto(shareUrl)
  await expect.poll(() => reviewer.page.url()).toContain('token=')

  const inside = reviewer.page.waitForRequest((r) => new URL(r.url()).pathname === '/guides')
  await reviewer.page.locator('a[href="/guides"]').first().click()
  sent.inside = (await (await inside).allHeaders()).referer
  await expect(banner(reviewer.page)).toBeVisible()
  await reviewer.page.screenshot({ path: `${SHOTS}/share-guides-index.png` })

  await reviewer.page.goto(shareUrl)
  // Once the page has hydrated (the share link is back in the address bar), a link out is added.
  await expect.poll(() => reviewer.page.url()).toBe(shareUrl)
  await reviewer.page.evaluate(() => {
    const out = document.createElement('a')
    out.href = 'https://elsewhere.example/page'
    out.textContent = 'A link out'
    document.body.prepend(out)
  })
  await reviewer.page.getByRole('link', { name: 'A link out' }).click()
  await expect(reviewer.page.getByText('Elsewhere')).toBeVisible()

  // None at all: not even the origin.
  expect(sent).toEqual({ inside: undefined, out: undefined })
  await reviewer.context.close()
})

test('4. the marketer edits FastAPI’s “Best for” from its ranking row and publishes it', async ({
  request,
}) => {
  const bestFor = `Typed Python APIs ${run}`
  await openDocument(marketer, 'guides', GUIDE.title)
  await marketer.getByRole('button', { name: 'Ranking', exact: true }).click()
  // Payload renders fields as they scroll near: the headings group first, then its fields.
  await marketer.getByText('Ranking table: column headings').scrollIntoViewIfNeeded()
  await expect(marketer.getByText('“Best for” column heading')).toBeVisible()
  await marketer.screenshot({ path: `${SHOTS}/ranking-headings.png` })
  const edit = marketer.getByRole('button', { name: 'Edit FastAPI’s public fields' })
  await edit.scrollIntoViewIfNeeded()
  await marketer.screenshot({ path: `${SHOTS}/ranking-rows.png` })
  await edit.click()

  const drawer = marketer.getByRole('dialog').last()
  await drawer.locator('#field-bestFor').fill(bestFor)
  await expect(drawer.getByRole('button', { name: 'Publish changes' })).toHaveCount(1)
  await marketer.screenshot({ path: `${SHOTS}/ranking-drawer.png` })
  await drawer.getByRole('button', { name: 'Publish changes' }).click()
  await expect(marketer.getByText('Published.', { exact: true })).toBeVisible()
  await marketer.screenshot({ path: `${SHOTS}/ranking-published.png` })

  const fastapi = await request.get(
    '/api/frameworks?where[slug][equals]=fastapi&depth=0&select[bestFor]=true',
  )
  expect(((await fastapi.json()) as { docs: { bestFor: string }[] }).docs[0]?.bestFor).toBe(bestFor)
})
