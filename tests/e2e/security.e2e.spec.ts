import { expect, test } from '@playwright/test'

import { signIn } from '../helpers/e2eAdmin'
import { firstAdmin } from '../helpers/e2eUsers'

for (const path of ['/', '/guides/backend-frameworks-2026', '/admin/login', '/api/health']) {
  test(`security headers on ${path}`, async ({ request }) => {
    const headers = (await request.get(path)).headers()
    const csp = headers['content-security-policy'] ?? ''
    expect(csp).toContain("default-src 'self'")
    expect(csp).toContain("frame-ancestors 'self'")
    expect(csp).toContain("object-src 'none'")
    expect(headers['x-content-type-options']).toBe('nosniff')
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
    // The suite serves plain http: no HSTS, which would pin browsers to https.
    expect(headers['strict-transport-security']).toBeUndefined()
  })
}

test('the admin and the site run under the policy without a single violation', async ({ page }) => {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
  })
  await page.goto('/')
  await signIn(page, firstAdmin)
  await page.goto('/admin/collections/frameworks')
  await page.getByRole('link', { name: 'FastAPI', exact: true }).click()
  // The admin remembers an open Live Preview per user: open it only if it is not open yet.
  const frame = page.locator('iframe')
  await page.waitForLoadState('networkidle')
  if ((await frame.count()) === 0) await page.getByRole('button', { name: 'Live Preview' }).click()
  await expect(page.frameLocator('iframe').first().locator('#fastapi')).toBeVisible({
    timeout: 20_000,
  })
  expect(violations).toEqual([])
})
