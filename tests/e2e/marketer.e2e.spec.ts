import { expect, test } from '@playwright/test'

import { adminHeaders, signIn } from '../helpers/e2eAdmin'
import { adminToken, docBySlug } from '../../tooling/siteApi'

import { e2eBaseURL, firstAdmin } from '../helpers/e2eUsers'

const original = 'Python teams who want elegant, typed APIs'

// Later specs read the guide against its source copy: put FastAPI's text back.
test.afterAll(async ({ request }) => {
  const headers = await adminHeaders()
  const { id } = await docBySlug(
    e2eBaseURL,
    await adminToken(e2eBaseURL, firstAdmin),
    'frameworks',
    'fastapi',
  )
  const restored = await request.patch(`/api/frameworks/${id}`, {
    headers,
    data: { bestFor: original, _status: 'published' },
  })
  expect(restored.ok()).toBe(true)
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
  await expect(page.getByText(/published successfully|updated successfully/i)).toBeVisible()

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
