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

const focusedLabel = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('aria-label'))

test('a marketer scores two cells by keyboard, settles the order warning, publishes, and readers see the new score', async ({
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
  await page.keyboard.type(note)
  await expect(warning).toContainText(`Public note: “${note}”`)
  await grid.screenshot({ path: `${shots}-note.png` })
  await warning.getByRole('button', { name: 'Use this order' }).click()
  await expect(order.getByText('Our ranking follows the weighted scores.')).toBeVisible()
  await expect(grid.locator('tbody tr').nth(1).locator('th')).toHaveText('#2 Django')
  await page.getByRole('button', { name: 'Ranking', exact: true }).click()
  await expect(page.locator('.ranking-row-label').nth(1)).toHaveText('#2 Django')

  await page.getByRole('button', { name: 'Publish changes' }).click()
  await expect(page.getByText(/published successfully|updated successfully/i)).toBeVisible()

  const reader = await browser.newContext()
  const readerPage = await reader.newPage()
  // Within 1 s of the publish: the first page a reader opens already has it (no stale cache).
  await readerPage.goto(`/guides/${slug}`)
  const cell = readerPage.locator(
    `#scorecard tr[data-entry="${django.id}"] td[data-criterion="${ai.slug}"]`,
  )
  await expect(cell).toHaveAttribute('data-score', '7', { timeout: 1_000 })
  await expect(cell).toContainText(newRationale, { timeout: 1_000 })
  await expect(readerPage.locator('table.ranking tbody tr').nth(1)).toContainText('Django')
  await reader.close()
})
