import { expect, test } from '@playwright/test'

import { adminHeaders, createEditor, openDocument, signIn } from '../helpers/e2eAdmin'
import { screenshotPath } from '../helpers/readerChecks'

// A marketer opens the seeded guide's Checks: the call to action's notice (it still points at
// jerrycan's entry), the links to the three unpublished pages quoted in their sentences, a jump to
// the CTA's field; then the dashboard's list of what is live.

const guideTitle = 'What backend frameworks to use in 2026'
const run = Date.now()
const marketer = { email: `checks-${run}@example.com`, password: 'checks-e2e-password' }

test.beforeAll(async ({ request }) => {
  await createEditor(request, marketer.email, marketer.password)
})

test('the guide’s Checks tab lists what a reader would trip on, and jumps to the field', async ({
  page,
}) => {
  await signIn(page, marketer)
  await openDocument(page, 'guides', guideTitle)

  const summary = page.locator('.checks-summary')
  await expect(summary).toContainText(/Checks: \d+ warnings?, 1 notice/)
  await summary.getByRole('link', { name: 'See the Checks tab' }).click()

  const panel = page.getByRole('region', { name: 'Checks' })
  await expect(panel).toBeVisible()
  const item = (check: string) => panel.locator(`[data-check="${check}"]`)
  await expect(item('cta')).toContainText('1 notice')
  await expect(item('cta')).toContainText('points within this page (#jerrycan, jerrycan’s entry)')
  await expect(item('references')).toContainText('warning')
  await expect(item('references')).toContainText(
    'The full reasoning behind this ranking is in the companion essay.',
  )
  for (const check of ['seoDescription', 'duplicateTitle', 'ranking', 'images']) {
    await expect(item(check).locator('.checks__state')).toHaveText('passes')
  }
  await expect(item('reachable')).toHaveCount(0)
  // Below the document's sticky header, which would cover the top of an element screenshot.
  await page.screenshot({ path: screenshotPath('checks-guide-panel'), fullPage: true })

  // The Caveats & CTA tab opens with the link's URL field in view and focused.
  await item('cta').getByRole('link', { name: 'Go to “URL” (Caveats & CTA)' }).click()
  const url = page.locator('#field-cta__url')
  await expect(url).toBeFocused()
  await expect(url).toHaveValue('#jerrycan')
  await expect(page.getByRole('button', { name: 'Caveats & CTA' })).toHaveClass(/--active/)
  await page.screenshot({ path: screenshotPath('checks-jump-to-cta') })
})

test('the dashboard lists what is live with its checks, and a finding opens the caveat to fix', async ({
  page,
}) => {
  await signIn(page, marketer)
  const section = page.getByRole('region', { name: 'Checks' })
  await expect(section).toBeVisible()
  const guide = section.locator('li').filter({ has: page.getByRole('link', { name: guideTitle }) })
  await expect(guide.first()).toContainText('live')
  await expect(guide.first()).toContainText('points within this page (#jerrycan')
  await expect(guide.first()).toContainText('the detailed comparison is candid about this.')
  await section.scrollIntoViewIfNeeded()
  await section.screenshot({ path: screenshotPath('checks-cockpit') })

  await guide
    .first()
    .getByRole('link', { name: /in “The full reasoning lives in the companion essay”$/ })
    .click()
  await expect(page).toHaveURL(/\/admin\/collections\/caveats\/\d+#jump=body/)
  await expect(page.locator('h1')).toHaveText('The full reasoning lives in the companion essay')
})

test('publishing a guide whose required check warns is refused, naming the check, and stays a draft', async ({
  page,
  request,
}) => {
  const headers = await adminHeaders()
  const axum = (await (
    await request.get('/api/frameworks?where[slug][equals]=axum&depth=0', { headers })
  ).json()) as { docs: { id: number }[] }
  const title = `Required checks ${run}`
  const made = await request.post('/api/guides?draft=true', {
    headers,
    data: {
      title,
      dek: 'A draft guide whose publish requires a call to action that goes somewhere.',
      ranking: [{ framework: axum.docs[0]!.id }],
      cta: { heading: 'Try it' },
      requiredChecks: ['cta'],
      _status: 'draft',
    },
  })
  expect(made.status(), await made.text()).toBe(201)
  const { doc } = (await made.json()) as { doc: { id: number } }
  try {
    await signIn(page, marketer)
    await page.goto(`/admin/collections/guides/${doc.id}`)
    await expect(page.locator('.checks-summary')).toContainText('1 warning')
    await page.getByRole('button', { name: 'Publish changes' }).click()
    await expect(
      page.getByText(/Not published because the required check “Call to action has a link” fails/),
    ).toBeVisible()
    await page.screenshot({ path: screenshotPath('checks-required-refused') })
    const live = await request.get(
      `/api/guides?where[id][equals]=${doc.id}&where[_status][equals]=published&draft=false`,
      { headers },
    )
    expect(((await live.json()) as { totalDocs: number }).totalDocs).toBe(0)
  } finally {
    await request.delete(`/api/guides/${doc.id}`, { headers })
  }
})
