import { expect, test, type Page } from '@playwright/test'

import { expectDraftSaved, restoreLater, signIn } from '../helpers/e2eAdmin'
import { firstAdmin } from '../helpers/e2eUsers'

const slug = 'backend-frameworks-2026'
const title = 'What backend frameworks to use in 2026'
const shots = '.data/test-results/score-grid'

type Doc = { id: number; slug?: string; name?: string }

// Later specs, and a next run on the same server, read the guide's seeded ranking and scores.
let restore: () => Promise<void>
test.beforeAll(async () => {
  restore = await restoreLater('guides', slug, ['ranking', 'scorecardSection'])
})
test.afterAll(async () => {
  await restore()
})

/** The next autosave of the guide whose request carries `text`. */
const autosaved = (page: Page, id: number, text = '') =>
  page.waitForResponse(
    (r) =>
      r.request().method() === 'PATCH' &&
      r.url().includes(`/api/guides/${id}?`) &&
      r.url().includes('autosave=true') &&
      (r.request().postData() ?? '').includes(text),
  )

const focusedLabel = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('aria-label'))

test('a marketer scores two cells by keyboard, settles the order warning, previews the draft, publishes, and readers see the new score', async ({
  page,
  browser,
  request,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 })
  const newRationale = `Its conventions are well known; agents now write much of it (${Date.now()}).`
  const note = `Ranked for its admin and batteries (${Date.now()}).`
  const { docs: criteria } = (await (
    await request.get('/api/criteria?depth=0&limit=20&where[name][equals]=AI-buildability')
  ).json()) as { docs: Doc[] }
  const { docs: frameworks } = (await (
    await request.get('/api/frameworks?depth=0&limit=20&where[slug][equals]=django')
  ).json()) as { docs: Doc[] }
  const { docs: guides } = (await (
    await request.get(`/api/guides?depth=0&limit=1&where[slug][equals]=${slug}`)
  ).json()) as { docs: Doc[] }
  const ai = criteria[0]!
  const django = frameworks[0]!

  await signIn(page, firstAdmin)
  // Straight to the document: a click in the list made before the list hydrates goes nowhere.
  await page.goto(`/admin/collections/guides/${guides[0]!.id}`)
  await expect(page.locator('h1')).toHaveText(title)
  await page.getByRole('button', { name: 'Scorecard', exact: true }).click()
  const grid = page.locator('.score-grid')
  await expect(grid.getByRole('table')).toBeVisible()
  // The seeded scores give the seeded order.
  await expect(grid.getByText('Our ranking follows the weighted scores.')).toBeVisible()

  // Django · AI-buildability 6 → 7, typed into the cell.
  await grid.getByLabel('Django · AI-buildability score').focus()
  await page.keyboard.type('7')
  // Three cells right: Django · performance. An 11 is refused there, naming entry and criterion.
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight')
  expect(await focusedLabel(page)).toBe('Django · performance score')
  await page.keyboard.type('11')
  await expect(grid.getByRole('alert')).toHaveText(
    'Django · performance: 11 is out of range (0–10); not saved.',
  )
  await expect(grid.getByLabel('Django · performance score')).toHaveAttribute(
    'aria-invalid',
    'true',
  )
  await page.keyboard.press('Backspace')
  await page.keyboard.press('Backspace')
  await page.keyboard.type('5')
  await expect(grid.getByRole('alert')).toHaveCount(0)
  await page.keyboard.press('Tab')
  expect(await focusedLabel(page)).toBe('Django · ecosystem maturity score')
  await page.keyboard.press('ArrowUp')
  expect(await focusedLabel(page)).toBe('FastAPI · ecosystem maturity score')

  // Enter opens a cell's rationale; Escape hands the focus back to the cell.
  await grid.getByLabel('Django · AI-buildability score').focus()
  await page.keyboard.press('Enter')
  const rationale = grid.getByLabel('Django · AI-buildability rationale')
  await expect(rationale).toBeFocused()
  await expect(rationale).toHaveValue(
    'Its conventions are well known, but the product is still written by hand.',
  )
  await rationale.fill(newRationale)
  await grid.screenshot({ path: `${shots}-rationale.png` })
  await page.keyboard.press('Escape')
  await expect(rationale).toHaveCount(0)
  expect(await focusedLabel(page)).toBe('Django · AI-buildability score')

  // Django now totals 5·7+4·8+2·9+1·5+1·10 = 100 of 130, FastAPI 95: the order warning says where.
  const order = grid.locator('.score-grid__order')
  const warning = order.getByRole('status')
  await expect(warning).toContainText('Django: ranked #3, #2 by score.')
  await expect(warning).toContainText('FastAPI: ranked #2, #3 by score.')
  await expect(order.locator('li').nth(1)).toHaveText('Django 7.7 (ours #3)')
  // The grid's edits are the document's: autosave stores them as a draft.
  await expectDraftSaved(page)
  await grid.screenshot({ path: `${shots}-warning.png` })

  // Django's public note, then the score order taken.
  await warning.getByRole('button', { name: 'Write a public note for Django' }).click()
  const noteField = grid.getByLabel('Django public note')
  await expect(noteField).toBeFocused()
  // The autosave that stores the whole note: the preview below reads the draft it makes.
  const noteSaved = autosaved(page, guides[0]!.id, note)
  await page.keyboard.type(note)
  await expect(warning).toContainText(`Public note: “${note}”`)
  await grid.screenshot({ path: `${shots}-note.png` })
  expect((await noteSaved).ok()).toBe(true)

  // The admin's Preview opens the draft in draft mode: the new score, and Django still ranked
  // apart from its score with the note that says why. Readers keep the published page meanwhile.
  const opened = page.waitForEvent('popup')
  await page.getByRole('link', { name: 'Preview', exact: true }).click()
  const preview = await opened
  await expect(preview).toHaveURL(new RegExp(`/guides/${slug}$`))
  await expect(preview.getByRole('status').filter({ hasText: 'unpublished drafts' })).toBeVisible()
  const scoreCell = (at: Page) =>
    at.locator(`#scorecard tr[data-entry="${django.id}"] td[data-criterion="${ai.slug}"]`)
  await expect(scoreCell(preview)).toHaveAttribute('data-score', '7')
  await expect(scoreCell(preview).locator('summary')).toHaveText(/^7\D/)
  await expect(scoreCell(preview)).toContainText(newRationale)
  const previewDjango = preview.locator('table.ranking tbody tr').filter({ hasText: 'Django' })
  await expect(previewDjango.locator('.ranked-apart')).toContainText(note)
  await expect(preview.locator('table.ranking tbody tr').nth(2)).toContainText('Django')
  await previewDjango.screenshot({ path: `${shots}-preview.png` })
  await preview
    .locator(`#scorecard tr[data-entry="${django.id}"]`)
    .screenshot({ path: `${shots}-preview-scores.png` })
  await preview.close()

  const before = await browser.newContext()
  const beforePage = await before.newPage()
  await beforePage.goto(`/guides/${slug}`)
  await expect(scoreCell(beforePage)).toHaveAttribute('data-score', '6')
  await expect(scoreCell(beforePage)).not.toContainText(newRationale)
  await expect(beforePage.getByText(note)).toHaveCount(0)
  await expect(beforePage.getByText('unpublished drafts')).toHaveCount(0)
  await before.close()

  // Publish waits for this order's autosave: while one runs the Publish button is disabled, and
  // a click that lands then is lost.
  const orderSaved = autosaved(page, guides[0]!.id)
  await warning.getByRole('button', { name: 'Use this order' }).click()
  await expect(order.getByText('Our ranking follows the weighted scores.')).toBeVisible()
  await expect(grid.locator('tbody tr').nth(1).locator('th')).toHaveText('#2 Django')
  await page.getByRole('button', { name: 'Ranking', exact: true }).click()
  await expect(page.locator('.ranking-row-label__text').nth(1)).toHaveText('#2 Django')

  expect((await orderSaved).ok()).toBe(true)
  const publish = page.getByRole('button', { name: 'Publish changes' })
  await expect(publish).toBeEnabled()
  await publish.click()
  await expect(page.getByText('Published.', { exact: true })).toBeVisible()

  const reader = await browser.newContext()
  const readerPage = await reader.newPage()
  // Within 1 s of the publish: the first page a reader opens already has it (no stale cache).
  await readerPage.goto(`/guides/${slug}`)
  const cell = scoreCell(readerPage)
  await expect(cell).toHaveAttribute('data-score', '7', { timeout: 1_000 })
  await expect(cell).toContainText(newRationale, { timeout: 1_000 })
  await expect(readerPage.locator('table.ranking tbody tr').nth(1)).toContainText('Django')
  await reader.close()
})
