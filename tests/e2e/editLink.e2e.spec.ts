import { expect, test, type Page } from '@playwright/test'

import { adminHeaders, createEditor, signIn } from '../helpers/e2eAdmin'
import { expectAccessibleAndFitting, screenshotPath } from '../helpers/readerChecks'
import { paragraph } from '../helpers/richText'

const run = Date.now()
const editor = { email: `edit-link-${run}@example.com`, password: 'edit-link-e2e-password' }
const guideTitle = 'What backend frameworks to use in 2026'

const pageSlug = `edit-link-${run}`
let pageId: number
test.beforeAll(async ({ request }) => {
  await createEditor(request, editor.email, editor.password)
  const created = await request.post('/api/pages', {
    headers: await adminHeaders(),
    data: {
      title: `Edit link ${run}`,
      slug: pageSlug,
      layout: [{ blockType: 'prose', content: paragraph('A page to edit.') }],
      _status: 'published',
    },
  })
  expect(created.status(), await created.text()).toBe(201)
  pageId = ((await created.json()) as { doc: { id: number } }).doc.id
})
test.afterAll(async ({ request }) => {
  await request.delete(`/api/pages/${pageId}`, { headers: await adminHeaders() })
})

/** Every request the page makes from now on, by path. */
function recordRequests(page: Page): string[] {
  const paths: string[] = []
  page.on('request', (request) => paths.push(new URL(request.url()).pathname))
  return paths
}

const editLink = (page: Page) => page.getByRole('link', { name: 'Edit this page' })

test('an anonymous reader gets no edit link and makes no request for one', async ({
  browser,
  request,
}) => {
  const reader = await browser.newPage()
  const paths = recordRequests(reader)
  await reader.goto('/')
  await reader.waitForLoadState('networkidle')
  await expect(reader.locator('h1')).toHaveText(guideTitle)
  await expect(editLink(reader)).toHaveCount(0)
  expect(paths.filter((path) => path.includes('edit-link'))).toEqual([])
  await reader.close()

  // The hint changes nothing in the cached page: one HTML for every reader.
  const plain = await (await request.get('/', { headers: { Cookie: '' } })).text()
  const hinted = await (await request.get('/', { headers: { Cookie: 'guide_editor=1' } })).text()
  expect(hinted).toBe(plain)
})

test('a signed-in editor sees "Edit this page", which opens the document; after logout it is gone', async ({
  page,
}, testInfo) => {
  await signIn(page, editor)
  const hint = (await page.context().cookies()).find((cookie) => cookie.name === 'guide_editor')
  expect(hint).toMatchObject({ value: '1', httpOnly: false })

  await page.goto('/')
  await expect(editLink(page)).toHaveAttribute('href', /^\/admin\/collections\/guides\/\d+$/)
  await expectAccessibleAndFitting(page, testInfo, 'edit-this-page')
  await page.screenshot({ path: screenshotPath('edit-this-page-viewport') })
  await editLink(page).click()
  await expect(page.locator('h1')).toHaveText(guideTitle)

  // A page has its own document; the guides index has none to edit.
  await page.goto(`/${pageSlug}`)
  await expect(editLink(page)).toHaveAttribute('href', `/admin/collections/pages/${pageId}`)
  const asked = page.waitForResponse((response) => response.url().includes('/api/edit-link'))
  await page.goto('/guides')
  expect((await asked).status()).toBe(404)
  await expect(editLink(page)).toHaveCount(0)

  await page.goto('/admin/logout')
  await expect(page).toHaveURL(/\/admin\/login/)
  const cookies = await page.context().cookies()
  expect(cookies.map((cookie) => cookie.name)).not.toContain('guide_editor')
  const paths = recordRequests(page)
  // The loader runs while the page parses; a script it added would be fetched before `load`.
  await page.goto('/')
  await expect(editLink(page)).toHaveCount(0)
  expect(paths.filter((path) => path.includes('edit-link'))).toEqual([])
})

test('the edit-link API answers signed-in users only', async ({ request }) => {
  const anonymous = await request.get('/api/edit-link?path=/', { headers: { Cookie: '' } })
  expect(anonymous.status()).toBe(401)
  expect(anonymous.headers()['cache-control']).toBe('private, no-store')
})
