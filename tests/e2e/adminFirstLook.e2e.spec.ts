import { expect, test } from '@playwright/test'

import { adminHeaders, createEditor, signIn } from '../helpers/e2eAdmin'

// Issue 24's leftovers, as a new marketer meets them: on a 1440 px screen the admin's side
// navigation is open (Payload folds it at every width up to 1440 px), and saving something that
// has no drafts, a redirect, says "Saved.", not "Published.".

const run = Date.now().toString(36)
const shots = '.data/test-results/screenshots'

test.use({ viewport: { width: 1440, height: 900 } })

test('a new user’s side navigation is open at 1440 px, and a redirect’s Save says “Saved.”', async ({
  page,
  request,
}) => {
  const editor = { email: `first-look-${run}@example.com`, password: 'first-look-1' }
  await createEditor(request, editor.email, editor.password)
  await signIn(page, editor)

  await expect(page.locator('.template-default')).toHaveClass(/template-default--nav-open/)
  const redirects = page.locator('.nav').getByRole('link', { name: 'Redirects', exact: true })
  await expect(redirects).toBeVisible()
  expect((await redirects.boundingBox())?.width ?? 0).toBeGreaterThan(20)
  await page.screenshot({ path: `${shots}/first-look-nav-1440.png` })

  const headers = await adminHeaders()
  const created = await request.post('/api/redirects', {
    headers,
    data: { from: `/first-look-${run}`, to: { type: 'custom', url: '/guides' }, type: '302' },
  })
  expect(created.status(), await created.text()).toBe(201)
  const id = ((await created.json()) as { doc: { id: number } }).doc.id
  try {
    await page.goto(`/admin/collections/redirects/${id}`)
    await page.locator('#field-from').fill(`/first-look-${run}-moved`)
    await page.getByRole('button', { name: 'Save', exact: true }).click()
    await expect(page.getByText('Saved.', { exact: true })).toBeVisible()
    await expect(page.getByText('Published.', { exact: true })).toHaveCount(0)
    await page.screenshot({ path: `${shots}/first-look-redirect-saved.png` })
  } finally {
    await request.delete(`/api/redirects/${id}`, { headers })
  }
})
