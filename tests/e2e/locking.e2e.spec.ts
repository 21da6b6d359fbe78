import { randomBytes } from 'node:crypto'

import { expect, test } from '@playwright/test'

import {
  adminHeaders,
  createEditor,
  expectDraftSaved,
  openDocument,
  signIn,
} from '../helpers/e2eAdmin'
import { firstAdmin } from '../helpers/e2eUsers'
import { paragraph } from '../helpers/richText'

// The admin's document locking stays on: a second editor who opens a document someone is editing
// is told who holds it before changing anything.
test('a second editor sees who holds the document', async ({ browser, request }) => {
  const suffix = randomBytes(4).toString('hex')
  const editor = { email: `locking-${suffix}@example.com`, password: 'locking-password' }
  await createEditor(request, editor.email, editor.password)
  const headers = await adminHeaders()
  const name = `Locking ${suffix}`
  const created = await request.post('/api/frameworks', {
    headers,
    data: {
      name,
      language: 'Go',
      buildModel: 'Hand-written',
      bestFor: 'Locking',
      blurb: paragraph(name),
      _status: 'published',
    },
  })
  expect(created.status(), await created.text()).toBe(201)
  const { doc } = (await created.json()) as { doc: { id: number } }
  const first = await browser.newPage()
  const second = await browser.newPage()
  try {
    await signIn(first, firstAdmin)
    await openDocument(first, 'frameworks', name)
    // The lock is taken when editing starts, and outlives the autosave.
    await first.locator('#field-bestFor').fill('Locking, being edited')
    await expectDraftSaved(first)
    await signIn(second, editor)
    await second.goto(`/admin/collections/frameworks/${doc.id}`)
    const notice = second
      .getByRole('dialog')
      .filter({ hasText: 'is currently editing this document' })
    await expect(notice).toBeVisible({ timeout: 15_000 })
    await expect(notice).toContainText(firstAdmin.email)
  } finally {
    await first.close()
    await second.close()
    await request.delete(`/api/frameworks/${doc.id}`, { headers })
  }
})
