import { expect, test } from '@playwright/test'

import { signIn } from '../helpers/e2eAdmin'
import { firstAdmin } from '../helpers/e2eUsers'

test('the first visit to /admin on a fresh production site creates the first admin', async ({
  page,
  request,
}) => {
  // A reused server (E2E_REUSE_SERVER=1) has its first admin already: sign in as them.
  const existing = await request.post('/api/users/login', { data: firstAdmin })
  if (existing.ok()) {
    test.info().annotations.push({ type: 'reused', description: 'the first admin existed' })
    await signIn(page, firstAdmin)
  } else {
    await page.goto('/admin')
    await expect(page).toHaveURL(/\/admin\/create-first-user/)
    // The form shows the role the first account gets.
    await expect(page.locator('#field-role')).toContainText('Admin')
    await page.screenshot({ path: '.data/test-results/screenshots/first-user.png' })
    await page.locator('#field-email').fill(firstAdmin.email)
    await page.locator('#field-password').fill(firstAdmin.password)
    await page.locator('#field-confirm-password').fill(firstAdmin.password)
    await page.getByRole('button', { name: 'Create' }).click()
    await expect(page).toHaveURL(/\/admin\/?$/)
  }

  // Ask from the page, as the admin does: Payload accepts its auth cookie from same-site requests.
  const me = await page.evaluate(() => fetch('/api/users/me').then((r) => r.json() as unknown))
  expect(me).toMatchObject({ user: { email: firstAdmin.email, role: 'admin' } })
  // Production seeds content only: no default-password account exists.
  const anonymous = await request.post('/api/users/login', {
    data: { email: 'admin@example.com', password: 'admin-password' },
  })
  expect(anonymous.status()).toBe(401)
})
