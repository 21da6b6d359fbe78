import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

import { expectAccessibleAndFitting, screenshotPath } from '../helpers/readerChecks'

// A reader who weighs the criteria differently from us: the page re-ranks with and without
// JavaScript, the URL carries the weights, and anyone opening it sees the same order.

type Scorecard = {
  slugs: string[]
  editorial: Record<string, number>
  rows: { name: string; editorialRank: number; scores: Record<string, number> }[]
}

/** What the page itself says: each criterion's weight (the controls) and each entry's scores. */
async function readScorecard(page: Page): Promise<Scorecard> {
  return page.evaluate(() => {
    const selects = [...document.querySelectorAll<HTMLSelectElement>('select[name=w]')]
    const slugs = selects.map((s) => s.value.split(':')[0]!)
    const editorial = Object.fromEntries(
      selects.map((s) => {
        const [slug, weight] = s.getAttribute('data-editorial')!.split(':')
        return [slug!, Number(weight)]
      }),
    )
    const rows = [...document.querySelectorAll('#scorecard tbody tr')].map((row) => ({
      name: row.querySelector('th')!.firstChild!.textContent!,
      editorialRank: Number(row.getAttribute('data-editorial-rank')),
      scores: Object.fromEntries(
        [...row.querySelectorAll('td[data-criterion]')].map((cell) => [
          cell.getAttribute('data-criterion')!,
          Number(cell.querySelector('summary')?.firstChild?.textContent ?? cell.textContent),
        ]),
      ),
    }))
    return { slugs, editorial, rows }
  })
}

/** The test's own ranking: Σ weight × score, most first, ties in editorial order. */
function expectedOrder(card: Scorecard, weights: Record<string, number>): string[] {
  const points = (row: Scorecard['rows'][number]) =>
    card.slugs.reduce((sum, slug) => sum + (weights[slug] ?? 0) * (row.scores[slug] ?? 0), 0)
  return [...card.rows]
    .sort((a, b) => points(b) - points(a) || a.editorialRank - b.editorialRank)
    .map((row) => row.name)
}

/** The three lists of the entries on the page: the ranking table, the scorecard, the entries. */
async function orders(page: Page) {
  return {
    table: await page.locator('table.ranking tbody th a').allInnerTexts(),
    scorecard: await page
      .locator('#scorecard tbody th')
      .evaluateAll((cells) => cells.map((cell) => cell.firstChild!.textContent!)),
    entries: await page.locator('.entry h2').allInnerTexts(),
  }
}

const same = (order: string[]) => ({ table: order, scorecard: order, entries: order })

/** The reader's weights: ours, with the two heaviest criteria set to 0 and the lightest to 5. */
function readerWeights(card: Scorecard) {
  const bySize = [...card.slugs].sort((a, b) => card.editorial[b]! - card.editorial[a]!)
  const weights = { ...card.editorial, [bySize[0]!]: 0, [bySize[1]!]: 0 }
  weights[bySize.at(-1)!] = 5
  return weights
}

const canonicalQuery = (card: Scorecard, weights: Record<string, number>) =>
  card.slugs
    .filter((slug) => weights[slug] !== card.editorial[slug])
    .map((slug) => `${slug}:${weights[slug]}`)
    .join(',')

async function setWeights(page: Page, card: Scorecard, weights: Record<string, number>) {
  for (const slug of card.slugs) {
    await page.locator(`select#weight-${slug}`).selectOption(`${slug}:${weights[slug]}`)
  }
}

test('a reader without JavaScript re-weights through the form, and can go back to ours', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/')
  const card = await readScorecard(page)
  // Our editorial ranking: every list agrees with it.
  const ours = card.rows.map((row) => row.name)
  expect(await orders(page)).toEqual(same(ours))
  for (const notice of await page.locator('.own-weighting').all()) await expect(notice).toBeHidden()

  const weights = readerWeights(card)
  const theirs = expectedOrder(card, weights)
  expect(theirs, 'the chosen weights change the order').not.toEqual(ours)
  await setWeights(page, card, weights)
  await page.getByRole('button', { name: 'Re-rank' }).click()
  // The form's `w=a:1&w=b:2…` lands on the one canonical URL.
  await expect(page).toHaveURL(`${baseURL}/?w=${canonicalQuery(card, weights)}`)
  expect(await orders(page)).toEqual(same(theirs))
  await expect(page.locator('table.ranking td.rank-cell')).toHaveText(
    theirs.map((_, i) => String(i + 1)),
  )
  await expect(page.locator('.own-weighting').first()).toBeVisible()
  await expect(page.locator('.own-weighting').first()).toContainText(
    'You are looking at your own weighting, not ours.',
  )
  // The declared bias stays, whatever the weights.
  await expect(page.locator('#jerrycan .bias-badge')).toBeVisible()

  await page.getByRole('link', { name: 'Back to our ranking' }).first().click()
  await expect(page).toHaveURL(`${baseURL}/`)
  expect(await orders(page)).toEqual(same(ours))
  await context.close()
})

test('with JavaScript the page re-ranks at once, and the shared URL opens the same order', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto('/')
  const card = await readScorecard(page)
  // A marker that a navigation would wipe: the re-ranking happens in place.
  await page.evaluate(() => Object.assign(window, { stayed: true }))
  const weights = readerWeights(card)
  const theirs = expectedOrder(card, weights)
  await setWeights(page, card, weights)
  const query = canonicalQuery(card, weights)
  await expect(page).toHaveURL(`${baseURL}/?w=${query}`)
  expect(await orders(page)).toEqual(same(theirs))
  await expect(page.locator('#scorecard td.score-rank')).toHaveText(
    theirs.map((_, i) => String(i + 1)),
  )
  await expect(page.locator('.own-weighting').first()).toBeVisible()
  expect(await page.evaluate(() => (window as { stayed?: boolean }).stayed)).toBe(true)
  const shared = page.url()

  // Someone else opens the link: the server renders the same order.
  const other = await browser.newContext()
  const second = await other.newPage()
  const response = await second.goto(shared)
  expect(response?.status()).toBe(200)
  await expect(second).toHaveURL(shared)
  expect(await orders(second)).toEqual(same(theirs))
  await expect(second.locator('.own-weighting').first()).toBeVisible()
  for (const slug of card.slugs) {
    await expect(second.locator(`select#weight-${slug}`)).toHaveValue(`${slug}:${weights[slug]}`)
  }

  // Back to our weights in place: our order, and the URL without `w`.
  await setWeights(page, card, card.editorial)
  await expect(page).toHaveURL(`${baseURL}/`)
  expect(await orders(page)).toEqual(same(card.rows.map((row) => row.name)))
  await expect(page.locator('.own-weighting').first()).toBeHidden()
  await other.close()
  await context.close()
})

test('weighted answers are never stored, and every w gives a page, never an error', async ({
  request,
  page,
}) => {
  await page.goto('/')
  const card = await readScorecard(page)
  const [first, second] = card.slugs
  const plain = await request.get('/')
  expect(plain.headers()['cache-control']).not.toMatch(/no-store|private/)

  const canonical = `${first}:${card.editorial[first!] === 0 ? 1 : 0}`
  const weighted = await request.get(`/?w=${canonical}`, { maxRedirects: 0 })
  expect(weighted.status()).toBe(200)
  expect(weighted.headers()['cache-control']).toMatch(/private/)
  expect(weighted.headers()['cache-control']).toMatch(/no-store/)

  // Other spellings move to the canonical URL; our own weights, to the plain page.
  const cases: [string, string][] = [
    [`w=${first}:${card.editorial[first!] === 0 ? 1 : 0}&utm=x`, `/?w=${canonical}`],
    [
      `w=${first!.toUpperCase()}:${card.editorial[first!] === 0 ? '1.0' : '-3'}`,
      `/?w=${canonical}`,
    ],
    [`w=${second}:99`, `/?w=${second}:5`],
    [`w=${first}:${card.editorial[first!]}`, '/'],
    ['w=%25%25junk,:,::,nothing:1', '/'],
    [`w=${'x'.repeat(5000)}`, '/'],
  ]
  for (const [query, location] of cases) {
    const answer = await request.get(`/?${query}`, { maxRedirects: 0 })
    expect(answer.status(), query).toBeGreaterThanOrEqual(300)
    expect(answer.status(), query).toBeLessThan(400)
    expect(new URL(answer.headers().location!, 'http://x').pathname, query).toBe(
      location.split('?')[0],
    )
    expect(decodeURIComponent(answer.headers().location!), query).toMatch(
      new RegExp(`${location.replace(/[?.*+]/g, '\\$&')}$`),
    )
    expect((await request.get(`/?${query}`)).status(), query).toBe(200)
  }
  // The route behind the rewrite has no address of its own.
  expect((await request.get('/weighted')).status()).toBe(404)
  expect(
    (await request.get(`/weighted/guides/backend-frameworks-2026?w=${canonical}`)).status(),
  ).toBe(404)
})

for (const width of [360, 1280] as const) {
  test(`axe passes on the scorecard and the controls at ${width} px, and nothing is cut off`, async ({
    page,
  }, testInfo) => {
    await page.setViewportSize({ width, height: 900 })
    await page.goto('/')
    const card = await readScorecard(page)
    await page.goto(`/?w=${canonicalQuery(card, readerWeights(card))}`)
    // One rationale open, as a reader would.
    await page.locator('#scorecard summary').first().click()
    const scoped = await new AxeBuilder({ page })
      .include('#scorecard')
      .include('#winners')
      .include('.own-weighting')
      .analyze()
    expect(
      scoped.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`),
    ).toEqual([])
    await page.locator('#scorecard').screenshot({ path: screenshotPath(`scorecard-${width}`) })
    await page
      .locator('.table-scroll')
      .screenshot({ path: screenshotPath(`ranking-card-${width}`) })
    await expectAccessibleAndFitting(page, testInfo, `scorecard-page-${width}`)
    // Every value shows whole: no cell of either table scrolls or hides its text.
    const clipped = await page
      .locator('table.scores tbody > tr > *, table.ranking tbody > tr > *')
      .evaluateAll((cells) =>
        cells
          .filter((cell) => cell.scrollWidth > cell.clientWidth + 1)
          .map((cell) => cell.textContent),
      )
    expect(clipped).toEqual([])
    if (width === 360) {
      // One card per entry: each row's rank and name sit inside the viewport, side by side.
      const rows = page.locator('table.ranking tbody tr')
      for (let i = 0; i < (await rows.count()); i += 1) {
        for (const cell of ['td.rank-cell', 'th']) {
          const box = (await rows.nth(i).locator(cell).boundingBox())!
          expect(box.x).toBeGreaterThanOrEqual(0)
          expect(box.x + box.width).toBeLessThanOrEqual(360)
        }
      }
    }
  })
}

test('"we say which below": the winners by weight come after the criteria, computed', async ({
  page,
}) => {
  await page.goto('/')
  const card = await readScorecard(page)
  const after = await page.evaluate(
    () =>
      document
        .querySelector('#criteria')!
        .compareDocumentPosition(document.querySelector('#winners')!) &
      Node.DOCUMENT_POSITION_FOLLOWING,
  )
  expect(after).toBeTruthy()
  const winners = page.locator('#winners dd strong')
  const equal = Object.fromEntries(card.slugs.map((slug) => [slug, 1]))
  await expect(winners).toHaveText([
    expectedOrder(card, card.editorial)[0]!,
    expectedOrder(card, equal)[0]!,
    ...card.slugs.map((slug) => expectedOrder(card, { ...equal, [slug]: 3 })[0]!),
  ])
})
