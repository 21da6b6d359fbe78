import { expect, test } from '@playwright/test'

import { restoreLater, signIn } from '../helpers/e2eAdmin'
import { firstAdmin } from '../helpers/e2eUsers'

const original = 'Python teams who want elegant, typed APIs'

// Later specs, and a next run on the same server, read the guide against its source copy.
let restore: () => Promise<void>
test.beforeAll(async () => {
  restore = await restoreLater('frameworks', 'fastapi', ['bestFor'])
})
test.afterAll(async () => {
  await restore()
})

test('a marketer edits FastAPI’s “best for” in the admin and readers see it', async ({
  page,
  browser,
}) => {
  const newText = `Python teams who want typed APIs (edited ${Date.now()})`

  await signIn(page, firstAdmin)

  await page.goto('/admin/collections/frameworks')
  await page.getByRole('link', { name: 'FastAPI', exact: true }).click()
  const bestFor = page.locator('#field-bestFor')
  await expect(bestFor).toHaveValue(original)
  await bestFor.fill(newText)
  await page.getByRole('button', { name: 'Publish changes' }).click()
  await expect(page.getByText('Published.', { exact: true })).toBeVisible()

  const reader = await browser.newContext()
  const readerPage = await reader.newPage()
  await readerPage.goto('/')
  await expect(readerPage.locator('#fastapi')).toContainText(newText)
  await expect(readerPage.locator('table tbody tr').nth(1)).toContainText(newText)
  await reader.close()
})

test('the admin makes no request outside this site', async ({ page, baseURL }) => {
  const origins = new Set<string>()
  page.on('request', (request) => {
    const url = new URL(request.url())
    // data: and blob: URLs are the page's own bytes, not a request to anyone (their origin is "null").
    if (url.protocol !== 'data:' && url.protocol !== 'blob:') origins.add(url.origin)
  })
  await signIn(page, firstAdmin)
  await page.goto('/admin/collections/guides')
  await page.waitForLoadState('networkidle')
  expect([...origins]).toEqual([new URL(baseURL!).origin])
})
