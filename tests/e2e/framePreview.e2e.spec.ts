import { expect, test } from '@playwright/test'

import { adminHeaders, createEditor, signIn } from '../helpers/e2eAdmin'

// Issue 24: "the header and footer have no autosave and no preview, unlike everything else". A
// marketer editing the navigation sees it around the home page in Live Preview, autosave by
// autosave, before it goes live;
// readers keep the published header meanwhile.

test('the header autosaves, and its Live Preview follows each draft around the home page', async ({
  page,
  request,
}) => {
  const before = await request.get('/api/globals/header?depth=0&draft=true', {
    headers: await adminHeaders(),
  })
  const { siteName } = (await before.json()) as { siteName: string }
  const editor = { email: `frame-preview-${Date.now()}@example.com`, password: 'frame-preview-1' }
  await createEditor(request, editor.email, editor.password)
  await signIn(page, editor)

  try {
    await page.goto('/admin/globals/header')
    await page.getByRole('button', { name: 'Live Preview' }).click()
    const frame = page.frameLocator('iframe').first()
    await expect(frame.locator('.site-name')).toBeVisible({ timeout: 20_000 })

    const draftName = `Draft name ${Date.now()}`
    // No save button to press: the admin autosaves the draft, as it does every document.
    await expect(page.getByRole('button', { name: /^Save draft$/i })).toHaveCount(0)
    await page.locator('#field-siteName').fill(draftName)
    await expect(frame.locator('.site-name')).toHaveText(draftName, { timeout: 15_000 })
    const saved = await request.get('/api/globals/header?depth=0&draft=true', {
      headers: await adminHeaders(),
    })
    expect(((await saved.json()) as { siteName: string }).siteName).toBe(draftName)
    await page.screenshot({ path: '.data/test-results/screenshots/header-live-preview.png' })

    // A reader still gets the published header.
    const reader = await request.get('/', { headers: { Cookie: '' } })
    expect(await reader.text()).not.toContain(draftName)
  } finally {
    // The draft goes back to the published name, so later specs read the header they expect.
    const restored = await request.post('/api/globals/header?draft=true', {
      headers: await adminHeaders(),
      data: { siteName },
    })
    expect(restored.ok(), await restored.text()).toBe(true)
  }
})
