import { expect, test, type Page } from '@playwright/test'

import type { Guide } from '@/payload-types'

import { adminToken, docBySlug } from '../../tooling/siteApi'
import { adminHeaders, signIn, typeInEditor } from '../helpers/e2eAdmin'
import { crawlSite } from '../helpers/crawl'
import { e2eBaseURL, firstAdmin } from '../helpers/e2eUsers'
import { expectAccessibleAndFitting, screenshotPath } from '../helpers/readerChecks'
import { paragraph } from '../helpers/richText'

const run = Date.now().toString(36)
const samplePage = `sample-${run}`

/** Fetches a public path as an anonymous reader would (no cookies). */
const html = async (path: string) => (await fetch(`${e2eBaseURL}${path}`)).text()

/** Within 1 s of now, `path` shows what `shows` looks for: polled every 50 ms. */
async function within1s(path: string, shows: (body: string) => boolean) {
  const start = Date.now()
  await expect
    .poll(async () => shows(await html(path)), { timeout: 1_000, intervals: [50] })
    .toBe(true)
  return Date.now() - start
}

async function api(method: string, path: string, data?: unknown) {
  const response = await fetch(`${e2eBaseURL}${path}`, {
    method,
    headers: { ...(await adminHeaders()), 'Content-Type': 'application/json' },
    body: data === undefined ? undefined : JSON.stringify(data),
  })
  const body = (await response.json()) as { doc?: { id: number } }
  expect(response.status, JSON.stringify(body)).toBeLessThan(300)
  return body
}

test.beforeAll(async () => {
  const guide = await docBySlug<Guide>(
    e2eBaseURL,
    await adminToken(e2eBaseURL, firstAdmin),
    'guides',
    'backend-frameworks-2026',
  )
  // A page with every kind of block, for the accessibility checks and the crawl.
  await api('POST', '/api/pages', {
    title: 'Every block',
    slug: samplePage,
    dek: 'A page that shows each block a marketer can use.',
    layout: [
      { blockType: 'prose', content: paragraph('Some prose.') },
      {
        blockType: 'callout',
        text: 'See the guides.',
        linkLabel: 'All guides',
        linkType: 'custom',
        url: '/guides',
      },
      { blockType: 'ranking', heading: 'The ranking', guide: guide.id },
      {
        blockType: 'faq',
        heading: 'Questions',
        items: [{ question: 'Why?', answer: paragraph('Because.') }],
      },
      {
        blockType: 'cta',
        heading: 'Go on',
        text: 'Read the guide.',
        linkLabel: 'The guide',
        linkType: 'internal',
        doc: { relationTo: 'guides', value: guide.id },
      },
    ],
    _status: 'published',
  })
})

test.describe('frame, pages, index and 404 for every reader', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const width of [360, 1280] as const) {
      for (const [name, path, status] of [
        ['page', `/${samplePage}`, 200],
        ['guides-index', '/guides', 200],
        ['not-found', '/no-such-page', 404],
      ] as const) {
        test(`axe: ${name}, ${colorScheme} at ${width} px`, async ({ page }, testInfo) => {
          await page.emulateMedia({ colorScheme })
          await page.setViewportSize({ width, height: 900 })
          const response = await page.goto(path)
          expect(response?.status()).toBe(status)
          await expect(page.locator('header.site-header nav a[href="/guides"]')).toBeVisible()
          await expectAccessibleAndFitting(page, testInfo, `${name}-${colorScheme}-${width}`)
        })
      }
    }
  }

  test('the 404 suggests the guides index, and the current page is marked in the navigation', async ({
    page,
  }) => {
    await page.goto('/no-such-page')
    await expect(page.getByRole('main').getByRole('link', { name: 'Guides' })).toHaveAttribute(
      'href',
      '/guides',
    )
    await page.goto('/guides')
    await expect(
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Guides' }),
    ).toHaveAttribute('aria-current', 'page')
    await expect(
      page.getByRole('heading', { level: 2, name: 'What backend frameworks to use in 2026' }),
    ).toBeVisible()
  })

  test('the site icon is served (no 404 in the console)', async ({ request }) => {
    for (const path of ['/favicon.ico', '/apple-touch-icon.png']) {
      const response = await request.get(path)
      expect(response.status(), path).toBe(200)
      expect(response.headers()['content-type']).toBe('image/png')
    }
  })

  test('at 1280 px the ranking table shows every column in full, without scrolling sideways', async ({
    page,
  }, testInfo) => {
    await page.setViewportSize({ width: 1280, height: 900 })
    await page.goto('/')
    const box = page.locator('.table-scroll')
    await testInfo.attach('ranking-1280.png', {
      body: await box.screenshot({ path: screenshotPath('ranking-1280') }),
      contentType: 'image/png',
    })
    const overflow = await box.evaluate((el) => el.scrollWidth - el.clientWidth)
    expect(overflow, 'the table box does not scroll').toBeLessThanOrEqual(0)
    // Every cell shows its whole text: none is cut off inside its own box.
    const clipped = await page
      .locator('.ranking th, .ranking td')
      .evaluateAll((cells) =>
        cells
          .filter((cell) => cell.scrollWidth > cell.clientWidth + 1)
          .map((cell) => cell.textContent),
      )
    expect(clipped).toEqual([])
    await expect(page.locator('.ranking')).toContainText('Solo builders and agencies')
  })
})

test('a reviewer opens a page’s share link and sees its draft; readers see nothing of it', async ({
  browser,
}) => {
  const slug = `draft-page-${run}`
  const created = await api('POST', '/api/pages?draft=true', {
    title: `Draft page ${run}`,
    slug,
    layout: [{ blockType: 'prose', content: paragraph(`Unpublished words ${run}.`) }],
    _status: 'draft',
  })
  const link = (await api('POST', '/api/preview-links', {
    page: created.doc!.id,
    note: 'Page review',
  })) as { doc?: { url?: string } }
  expect((await fetch(`${e2eBaseURL}/${slug}`)).status).toBe(404)

  const reviewer = await browser.newContext()
  const page = await reviewer.newPage()
  await page.goto(new URL(link.doc!.url!).pathname + new URL(link.doc!.url!).search)
  await expect(page.getByText(`Unpublished words ${run}.`)).toBeVisible()
  // The address bar keeps the share link, so the reviewer can pass it on (issue 24).
  await expect(page).toHaveURL(/\/preview\?token=/)
  await reviewer.close()
  expect(await html(`/${slug}`)).not.toContain(`Unpublished words ${run}.`)
})

test('the crawl finds no broken internal link on the published site', async () => {
  const { pages, broken } = await crawlSite(e2eBaseURL)
  expect(pages).toBeGreaterThanOrEqual(3)
  expect(broken).toEqual([])
})

/** Types into the newest rich-text editor on the page (tests/helpers/e2eAdmin.ts). */
const typeInNewestEditor = (page: Page, text: string) =>
  typeInEditor(page.locator('[data-lexical-editor="true"]').last(), text)

async function addBlock(page: Page, label: string) {
  await page
    .getByRole('button', { name: /^Add Layout$/ })
    .last()
    .click()
  await page.getByRole('button', { name: label, exact: true }).click()
}

// The seeded state this test changes comes back afterwards: the navigation, and the essay as a draft.
let restoreSite: (() => Promise<void>) | undefined
test.afterAll(async () => {
  await restoreSite?.()
})

test('a marketer builds an About page, puts it in the navigation, publishes the essay and renames a guide', async ({
  page,
}) => {
  test.slow()
  const header = (await api('GET', '/api/globals/header?depth=0')) as { navigation?: unknown }
  const essay = (await api('GET', '/api/pages?where[slug][equals]=companion-essay&depth=0')) as {
    docs?: { id: number }[]
  }
  restoreSite = async () => {
    await api('POST', '/api/globals/header', {
      navigation: header.navigation,
      _status: 'published',
    })
    // The guide links to it: unpublishing says so (?unlink=true), or it is refused.
    await api('PATCH', `/api/pages/${essay.docs![0]!.id}?unlink=true`, {
      _status: 'draft',
      layout: [],
    })
  }
  await signIn(page, firstAdmin)

  // 1. An About page from rich text and a call to action.
  const aboutSlug = `about-${run}`
  await page.goto('/admin/collections/pages/create')
  await page.locator('#field-title').fill(`About ${run}`)
  await page.locator('#field-slug').fill(aboutSlug)
  await addBlock(page, 'Rich text')
  await typeInNewestEditor(page, 'We build jerrycan and rank frameworks in the open.')
  await addBlock(page, 'Call to action')
  await page.locator('#field-layout__1__heading').fill('Read the ranking')
  await page.locator('#field-layout__1__linkLabel').fill('See the guides')
  await page.getByLabel('A URL').last().check({ force: true })
  await page.locator('#field-layout__1__url').fill('/guides')
  await page.getByRole('button', { name: 'Publish changes' }).click()
  await expect(page.getByText('Published.', { exact: true })).toBeVisible()
  expect(await html(`/${aboutSlug}`)).toContain(
    'We build jerrycan and rank frameworks in the open.',
  )

  // 2. Into the header: a draft changes nothing; published, readers see it in the guide's
  // navigation within 1 s.
  await page.goto('/admin/globals/header')
  await page
    .getByRole('button', { name: /^Add Link$/ })
    .first()
    .click()
  const row = page.locator('[id^="navigation-row-"]').last()
  await row.locator('input[name$=".label"]').fill('About')
  await row.locator('.relationship .rs__control').click()
  await page.keyboard.type(`About ${run}`)
  await page.locator('.rs__option', { hasText: `About ${run}` }).click()
  // The header autosaves its draft, like every document.
  await expect
    .poll(async () => {
      const draft = await fetch(`${e2eBaseURL}/api/globals/header?draft=true&depth=0`, {
        headers: await adminHeaders(),
      })
      return JSON.stringify(await draft.json())
    })
    .toContain('"label":"About"')
  expect(await html('/')).not.toContain(`<a href="/${aboutSlug}">About</a>`)
  await page.getByRole('button', { name: 'Publish changes' }).click()
  await expect(page.getByText('Published.', { exact: true })).toBeVisible()
  await within1s('/', (body) => body.includes(`<a href="/${aboutSlug}">About</a>`))

  // 3. The seeded "companion essay" draft gets a body and is published: the guide's words link to it.
  const essayLink = '<a href="/companion-essay">companion essay</a>'
  await within1s('/', (body) => !body.includes(essayLink))
  await page.goto('/admin/collections/pages?search=companion')
  await page.getByRole('link', { name: 'The companion essay', exact: true }).click()
  await addBlock(page, 'Rich text')
  await typeInNewestEditor(page, 'Why we rank the way we do.')
  await page.getByRole('button', { name: 'Publish changes' }).click()
  await expect(page.getByText('Published.', { exact: true })).toBeVisible()
  await within1s('/', (body) => body.includes(essayLink))

  // 4. A published guide renamed: its old address answers 301 to the new one.
  const oldSlug = `renamed-guide-${run}`
  const newSlug = `${oldSlug}-2026`
  const guide = await docBySlug<Guide>(
    e2eBaseURL,
    await adminToken(e2eBaseURL, firstAdmin),
    'guides',
    'backend-frameworks-2026',
  )
  const created = await api('POST', '/api/guides', {
    title: `Renamed guide ${run}`,
    slug: oldSlug,
    dek: 'A guide that moves.',
    ranking: guide.ranking?.slice(0, 2).map((row) => ({ framework: row.framework })),
    cta: { heading: 'Done' },
    _status: 'published',
  })
  await page.goto(`/admin/collections/guides/${created.doc!.id}`)
  await page.locator('#field-slug').fill(newSlug)
  await page.getByRole('button', { name: 'Publish changes' }).click()
  await expect(page.getByText('Published.', { exact: true })).toBeVisible()
  await expect
    .poll(
      async () => {
        const response = await fetch(`${e2eBaseURL}/guides/${oldSlug}`, { redirect: 'manual' })
        const location = response.headers.get('location')
        return `${response.status} ${location && new URL(location, e2eBaseURL).pathname}`
      },
      { timeout: 1_000, intervals: [50] },
    )
    .toBe(`301 /guides/${newSlug}`)
  const sitemap = await html('/sitemap.xml')
  expect(sitemap).toContain(`/guides/${newSlug}</loc>`)
  expect(sitemap).not.toContain(`/guides/${oldSlug}</loc>`)

  // 5. Nothing above broke a link.
  expect((await crawlSite(e2eBaseURL)).broken).toEqual([])
})
