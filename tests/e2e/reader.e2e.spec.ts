import { expect, test, type Page } from '@playwright/test'

import { adminHeaders } from '../helpers/e2eAdmin'
import { expectAccessibleAndFitting } from '../helpers/readerChecks'
import { collapseWhitespace as collapse, missingPiece } from '../helpers/sourceCopy'

/** Cleanup that runs after the current test, whether it passed or not. */
const cleanups: (() => Promise<unknown>)[] = []
const onTestEnd = (cleanup: () => Promise<unknown>) => cleanups.push(cleanup)
test.afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup()
})

const schemes = ['light', 'dark'] as const
const widths = [360, 1280] as const

async function jsonLd(page: Page) {
  const raw = await page.locator('script[type="application/ld+json"]').textContent()
  return JSON.parse(raw ?? 'null') as {
    '@graph': [
      { '@type': 'Article'; headline: string; dateModified: string; author: { name: string } },
      {
        '@type': 'ItemList'
        itemListElement: { position: number; name: string; url: string }[]
      },
    ]
  }
}

test.describe('accessibility and design', () => {
  for (const colorScheme of schemes) {
    for (const width of widths) {
      test(`axe finds no violations, ${colorScheme} mode at ${width} px`, async ({
        page,
      }, testInfo) => {
        await page.emulateMedia({ colorScheme })
        await page.setViewportSize({ width, height: 900 })
        await page.goto('/')
        await expectAccessibleAndFitting(page, testInfo, `guide-${colorScheme}-${width}`)
      })
    }
  }

  test('keyboard: the first Tab reaches a skip link that moves focus to the content', async ({
    page,
  }) => {
    await page.goto('/')
    await page.keyboard.press('Tab')
    const skip = page.getByRole('link', { name: 'Skip to content' })
    await expect(skip).toBeFocused()
    await expect(skip).toBeInViewport()
    await page.keyboard.press('Enter')
    await expect(page.locator('main#content')).toBeFocused()
    await page.keyboard.press('Tab')
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!)
      return `${style.outlineStyle} ${style.outlineWidth}`
    })
    expect(outline, 'the focused link shows a focus ring').toMatch(/^solid [1-9]/)
  })

  test('the page declares its language and the table has a caption and header cells', async ({
    page,
  }) => {
    await page.goto('/')
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(page.locator('table.ranking caption')).toHaveText('The ranking at a glance')
    await expect(page.locator('table.ranking tbody th[scope=row]')).toHaveCount(8)
  })

  test('the declared bias on #1 is a visible badge, not small print', async ({ page }) => {
    await page.goto('/')
    const badge = page.locator('#jerrycan .bias-badge')
    await expect(badge).toHaveText('Declared bias: this is our framework')
    await expect(badge).toBeVisible()
    expect(
      await badge.evaluate((el) => parseFloat(getComputedStyle(el).fontSize)),
    ).toBeGreaterThanOrEqual(13)
    await expect(page.locator('.bias-badge')).toHaveCount(1)
  })
})

test.describe('reading without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('every section reads correctly, in order', async ({ page }) => {
    await page.goto('/')
    // Without scripts no style can be injected to undo CSS upper-casing: compare ignoring case.
    const text = collapse(await page.locator('article').innerText())
    expect(missingPiece(text, { ignoreCase: true })).toBeUndefined()
    await page.locator('table').getByRole('link', { name: 'Laravel' }).click()
    await expect(page).toHaveURL(/#laravel$/)
    await expect(page.locator('#laravel')).toBeInViewport()
  })
})

test.describe('deep links', () => {
  test('every contents link lands on its target on a wide screen', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 })
    await page.goto('/')
    const toc = page.getByRole('navigation', { name: 'On this page' })
    await expect(toc).toBeVisible()
    const hrefs = await toc
      .locator('a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')!))
    expect(hrefs).toHaveLength(13) // criteria, scorecard, winners, 8 entries, caveats, call to action
    for (const href of hrefs) {
      await toc.locator(`a[href="${href}"]`).click()
      await expect(page).toHaveURL(new RegExp(`${href}$`))
      await expect(page.locator(href)).toBeInViewport()
    }
  })

  test('entries and criteria have stable anchors, and a copy-link affordance that copies', async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.goto('/#criterion-ecosystem-maturity')
    await expect(page.locator('#criterion-ecosystem-maturity')).toBeInViewport()
    await expect(page.locator('#criterion-ecosystem-maturity')).toContainText('ecosystem maturity')

    const copy = page.getByRole('link', { name: 'Copy link: Axum' })
    await copy.click()
    await expect(copy).toContainText('Link copied')
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/#axum`)
    await expect(page).toHaveURL(/#axum$/)
  })
})

test.describe('findability', () => {
  test('metadata comes from the CMS, with one canonical URL per guide', async ({
    page,
    baseURL,
  }) => {
    for (const path of ['/', '/guides/backend-frameworks-2026']) {
      await page.goto(path)
      const canonical = `${baseURL}/`
      const meta = (selector: string) => page.locator(selector).getAttribute('content')
      await expect(page).toHaveTitle('What backend frameworks to use in 2026')
      await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', canonical)
      expect(await meta('meta[property="og:url"]')).toBe(canonical)
      expect(await meta('meta[name=description]')).toMatch(/^Ranked with explicit criteria/)
      expect(await meta('meta[property="og:title"]')).toBe('What backend frameworks to use in 2026')
      expect(await meta('meta[property="og:type"]')).toBe('article')
      expect(await meta('meta[property="og:image"]')).toBe(`${baseURL}/og/backend-frameworks-2026`)
      expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image')
    }
  })

  test('JSON-LD parses, and its ItemList matches the table: positions, names, anchors', async ({
    page,
    baseURL,
  }) => {
    await page.goto('/')
    const [article, list] = (await jsonLd(page))['@graph']
    const names = await page.locator('table tbody th a').allInnerTexts()
    expect(article.headline).toBe('What backend frameworks to use in 2026')
    expect(article.dateModified).toBe(
      await page.locator('.guide-header .updated time').getAttribute('datetime'),
    )
    expect(article.author.name).toBe('jerrycan')
    expect(list.itemListElement.map((item) => item.position)).toEqual(names.map((_, i) => i + 1))
    expect(list.itemListElement.map((item) => item.name)).toEqual(names)
    const anchors = await page
      .locator('table tbody th a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')))
    expect(list.itemListElement.map((item) => item.url)).toEqual(
      anchors.map((a) => `${baseURL}/${a}`),
    )
    expect(JSON.stringify(list)).not.toMatch(/rating/i)
  })

  test('sitemap.xml lists only published guides, dated by their "Updated" time', async ({
    page,
    request,
    baseURL,
  }) => {
    // A draft guide exists but must not be listed.
    const headers = await adminHeaders()
    const frameworks = (await (
      await request.get('/api/frameworks?limit=1', { headers })
    ).json()) as { docs: { id: number }[] }
    const slug = `unpublished-guide-${Date.now()}`
    const draft = await request.post('/api/guides?draft=true', {
      headers,
      data: {
        title: 'Unpublished guide',
        slug,
        dek: 'Not yet.',
        ranking: [{ framework: frameworks.docs[0]!.id }],
        cta: { heading: 'Soon' },
        _status: 'draft',
      },
    })
    expect(draft.status(), await draft.text()).toBe(201)
    const { doc } = (await draft.json()) as { doc: { id: number } }
    // Gone again afterwards, pass or fail: the suite runs twice against one server.
    onTestEnd(() => request.delete(`/api/guides/${doc.id}`, { headers }))

    const sitemap = await request.get('/sitemap.xml')
    expect(sitemap.headers()['content-type']).toMatch(/xml/)
    const xml = await sitemap.text()
    expect(xml).toMatch(
      /^<\?xml[^>]*\?>\s*<urlset xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9"/,
    )
    const entries = [...xml.matchAll(/<url>\s*<loc>([^<]+)<\/loc>\s*<lastmod>([^<]+)<\/lastmod>/g)]
    expect(entries.map((m) => m[1])).toEqual([`${baseURL}/`])
    await page.goto('/')
    const updated = await page.locator('.guide-header .updated time').getAttribute('datetime')
    expect(new Date(entries[0]![2]!).toISOString()).toBe(new Date(updated!).toISOString())
  })

  test('the benchmark’s ceiling page is not part of the site', async ({ request }) => {
    expect((await request.get('/bench/ceiling')).status()).toBe(404)
  })

  test('robots.txt points to the sitemap and keeps crawlers out of the admin and previews', async ({
    request,
    baseURL,
  }) => {
    const robots = await (await request.get('/robots.txt')).text()
    expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`)
    for (const path of ['/admin', '/preview', '/exit-preview']) {
      expect(robots).toContain(`Disallow: ${path}`)
    }
  })

  test('the Open Graph image is a 1200×630 PNG', async ({ request }) => {
    const image = await request.get('/og/backend-frameworks-2026')
    expect(image.status()).toBe(200)
    expect(image.headers()['content-type']).toBe('image/png')
    const png = await image.body()
    expect(png.subarray(1, 4).toString()).toBe('PNG')
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630])
  })
})
