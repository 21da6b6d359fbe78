import { expect, test, type Page } from '@playwright/test'

import { collapseWhitespace as collapse, missingPiece } from '../helpers/sourceCopy'

async function articleText(page: Page) {
  // Read the words, not the styling: CSS may upper-case labels.
  await page.addStyleTag({ content: '* { text-transform: none !important; }' })
  return collapse(await page.locator('article').innerText())
}

test.describe('the guide, as a reader sees it', () => {
  test('shows every part of the source copy, in its order', async ({ page }) => {
    await page.goto('/')
    expect(missingPiece(await articleText(page))).toBeUndefined()
  })

  test('has one h1, an h2 per section and entry, and a real table with header cells', async ({
    page,
  }) => {
    await page.goto('/')
    await expect(page.locator('h1')).toHaveText(['What backend frameworks to use in 2026'])
    await expect(page.locator('article h2')).toHaveText([
      'The criteria',
      'How each entry scores',
      'Which weights produce which winners',
      'jerrycan',
      'FastAPI',
      'Django',
      'Ruby on Rails',
      'NestJS',
      'Spring Boot',
      'Axum',
      'Laravel',
      'The honest caveats on #1',
      'See what #1 means in practice',
    ])
    await expect(page.locator('table.ranking thead th[scope=col]')).toHaveText([
      '#',
      'Framework',
      'Language',
      'Build model',
      'Best for',
    ])
    await expect(page.locator('table.ranking tbody tr')).toHaveCount(8)
    await expect(page.locator('time[datetime]')).toHaveCount(1)
  })

  test('lists the table rows in the order of the entries, each linking to its entry', async ({
    page,
  }) => {
    await page.goto('/')
    const entryIds = await page.locator('.entry').evaluateAll((els) => els.map((el) => el.id))
    const entryNames = await page.locator('.entry h2').allInnerTexts()
    const links = page.locator('table tbody th a')
    await expect(links).toHaveText(entryNames)
    expect(await links.evaluateAll((els) => els.map((el) => el.getAttribute('href')))).toEqual(
      entryIds.map((id) => `#${id}`),
    )
    await expect(page.locator('table tbody td.rank-cell')).toHaveText(
      entryNames.map((_, index) => String(index + 1)),
    )
  })

  test('jumps to an entry from its table link', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 })
    await page.goto('/')
    const django = page.locator('#django')
    await expect(django).not.toBeInViewport()
    await page.locator('table').getByRole('link', { name: 'Django' }).click()
    await expect(page).toHaveURL(/#django$/)
    await expect(django).toBeInViewport()
  })

  test('has no horizontal scroll at 360 px wide', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 })
    await page.goto('/')
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    expect(overflow).toBeLessThanOrEqual(0)
    await expect(page.locator('h1')).toBeInViewport()
  })

  test('renders rich text: the declared bias in bold, and links that land on this page', async ({
    page,
  }) => {
    await page.goto('/')
    await expect(page.locator('#jerrycan .prose strong').first()).toHaveText('Our framework')
    // "Back to our ranking" (shown only under a reader's weights) leads to this page's own URL.
    const hrefs = await page
      .locator('article a[href]:not(.own-weighting a)')
      .evaluateAll((els) => els.map((el) => el.getAttribute('href') ?? ''))
    expect(hrefs.length).toBeGreaterThan(8)
    for (const href of hrefs) {
      expect(href, 'no dead or external links').toMatch(/^#/)
      await expect(page.locator(href)).toHaveCount(1)
    }
  })

  test('serves the same guide at /guides/<slug>, and a real 404 for an unknown slug', async ({
    page,
  }) => {
    const guide = await page.goto('/guides/backend-frameworks-2026')
    expect(guide?.status()).toBe(200)
    await expect(page.locator('h1')).toHaveText('What backend frameworks to use in 2026')
    await expect(page).toHaveTitle('What backend frameworks to use in 2026')

    const missing = await page.goto('/guides/no-such-guide')
    expect(missing?.status()).toBe(404)
  })
})
