import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test'

import { adminToken, authHeader, docBySlug } from '../../tooling/siteApi'

import { e2eBaseURL, firstAdmin } from './e2eUsers'

/** Signs in through the admin's login form. */
export async function signIn(page: Page, user: { email: string; password: string }) {
  await page.goto('/admin/login')
  await page.locator('#field-email').fill(user.email)
  await page.locator('#field-password').fill(user.password)
  await page.getByRole('button', { name: 'Login' }).click()
  await expect(page).toHaveURL(/\/admin\/?$/)
}

/** Authorization headers of the first admin, for REST calls that set up or restore state. */
export const adminHeaders = async () => authHeader(await adminToken(e2eBaseURL, firstAdmin))

/**
 * A JSON call to the app's API as the holder of a token (read when called: a spec signs in
 * first), that fails the test on any refusal and answers the parsed body.
 */
export const apiAs =
  (token: () => string) =>
  async (path: string, init: RequestInit = {}): Promise<Record<string, unknown>> => {
    const response = await fetch(`${e2eBaseURL}${path}`, {
      ...init,
      headers: { ...authHeader(token()), 'Content-Type': 'application/json', ...init.headers },
    })
    const text = await response.text()
    expect(response.ok, `${path}: ${text}`).toBe(true)
    return JSON.parse(text) as Record<string, unknown>
  }

/** Creates an editor account through the REST API, as the first admin. */
export async function createEditor(request: APIRequestContext, email: string, password: string) {
  const created = await request.post('/api/users', {
    headers: await adminHeaders(),
    data: { email, password, role: 'editor' },
  })
  expect(created.status(), await created.text()).toBe(201)
}

/** Reads a document as the signed-in admin user of `page` would (same-site fetch, cookie auth). */
export function readAsUser<T>(page: Page, apiPath: string): Promise<T> {
  return page.evaluate((url) => fetch(url).then((r) => r.json() as Promise<T>), apiPath)
}

/** Waits until autosave has stored the draft ("Status: Changed"). */
export async function expectDraftSaved(page: Page) {
  await expect(page.getByText(/Status:\s*Changed/)).toBeVisible({ timeout: 15_000 })
}

/** Opens a document's edit view from its collection list. */
export async function openDocument(page: Page, collection: string, title: string) {
  await page.goto(`/admin/collections/${collection}`)
  const heading = page.locator('h1')
  // Clicked again until the edit view opens: a click on the list before it hydrates can go
  // nowhere (a fresh-clone e2e run stayed on the list with the link in view).
  await expect(async () => {
    if ((await heading.first().textContent()) !== title) {
      await page.getByRole('link', { name: title, exact: true }).first().click({ timeout: 5_000 })
    }
    await expect(heading).toHaveText(title, { timeout: 5_000 })
  }).toPass({ timeout: 30_000 })
}

/**
 * Schedules the open document's draft to publish at `at`, by default the next whole minute at least
 * 10 s away (the picker has minute precision), through the admin's Schedule Publish drawer.
 * Returns when.
 */
export async function schedulePublish(
  page: Page,
  at = new Date(Math.ceil((Date.now() + 10_000) / 60_000) * 60_000),
): Promise<Date> {
  await page.locator('.popup-button').filter({ visible: true }).first().click()
  await page.getByRole('button', { name: 'Schedule Publish' }).click()
  const drawer = page.getByRole('dialog', { name: /^schedule-publish/ })
  const time = drawer.getByRole('textbox').first()
  const format = { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' } as const
  await time.fill(at.toLocaleString('en-US', format))
  await time.press('Tab')
  await drawer.getByRole('button', { name: 'Save' }).click()
  await expect(drawer.getByText(/No upcoming events/)).toHaveCount(0)
  return at
}

/**
 * Reads the published `fields` of a document now (a caveat by its label, others by slug); the
 * function it returns publishes them again.
 * A spec that publishes changes calls it in afterAll, so the next spec (or the next run against a
 * reused server) finds the seeded content. Plain fetch: Playwright's `request` of a beforeAll
 * cannot be used again in afterAll.
 */
export async function restoreLater(
  collection: 'frameworks' | 'guides' | 'caveats',
  slug: string,
  fields: string[],
): Promise<() => Promise<void>> {
  const token = await adminToken(e2eBaseURL, firstAdmin)
  const headers = { ...authHeader(token), 'Content-Type': 'application/json' }
  const field = collection === 'caveats' ? 'label' : 'slug'
  const doc = await docBySlug(e2eBaseURL, token, collection, slug, { draft: false, field })
  const data = Object.fromEntries(fields.map((field) => [field, doc[field]]))
  return async () => {
    // overrideLock: an editor of the spec may still hold the document in the admin.
    const restored = await fetch(`${e2eBaseURL}/api/${collection}/${doc.id}?overrideLock=true`, {
      method: 'PATCH',
      headers,
      body: JSON.stringify({ ...data, _status: 'published' }),
    })
    expect(restored.ok, await restored.text()).toBe(true)
  }
}

/**
 * Types `text` into a rich-text editor, from empty. On a loaded machine Lexical can attach after
 * the first keys and drop them: type again until the editor holds exactly the text.
 */
export async function typeInEditor(editor: Locator, text: string) {
  await expect(editor).toBeEditable()
  await expect(async () => {
    await editor.click()
    await editor.page().keyboard.press('ControlOrMeta+A')
    await editor.page().keyboard.press('Delete')
    await editor.pressSequentially(text)
    await expect(editor).toHaveText(text, { timeout: 3_000 })
  }).toPass({ timeout: 30_000 })
}
