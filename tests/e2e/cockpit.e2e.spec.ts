import { expect, test, type Page } from '@playwright/test'

import {
  adminHeaders,
  createEditor,
  expectDraftSaved,
  openDocument,
  restoreLater,
  schedulePublish,
  signIn,
} from '../helpers/e2eAdmin'
import { screenshotPath } from '../helpers/readerChecks'

const guideTitle = 'What backend frameworks to use in 2026'
const run = Date.now()
// A marketer of its own each run: the suite may run again against the same server.
const marketer = { email: `cockpit-${run}@example.com`, password: 'cockpit-e2e-password' }

let restores: (() => Promise<void>)[] = []
test.beforeAll(async ({ request }) => {
  await createEditor(request, marketer.email, marketer.password)
  // Both tests leave drafts: publishing what is live again drops them for the next spec.
  restores = await Promise.all([
    restoreLater('guides', 'backend-frameworks-2026', ['ranking']),
    restoreLater('frameworks', 'django', ['bestFor']),
  ])
})
test.afterAll(async () => {
  for (const restore of restores) await restore()
})

/** Cancels every scheduled publish of Django, through the drawer that made them. */
async function cancelSchedules(page: Page) {
  await openDocument(page, 'frameworks', 'Django')
  await page.locator('.popup-button').filter({ visible: true }).first().click()
  await page.getByRole('button', { name: 'Schedule Publish' }).click()
  const drawer = page.getByRole('dialog', { name: /^schedule-publish/ })
  const remove = drawer.locator('.schedule-publish__delete')
  await expect(remove.first()).toBeVisible()
  for (let left = await remove.count(); left > 0; left--) {
    await remove.first().click()
    await expect(remove).toHaveCount(left - 1)
  }
}

const rowLabel = (page: Page, row: number) =>
  page.locator(`#ranking-row-${row} .ranking-row-label__text`)

test('ranking rows are labelled by rank and framework, and follow a move', async ({ page }) => {
  await signIn(page, marketer)
  const nameReads: string[] = []
  page.on('request', (request) => {
    // The label's read (the relationship fields make their own, for their options).
    if (request.url().includes('/api/frameworks?depth=0&draft=true&select[name]=true')) {
      nameReads.push(request.url())
    }
  })
  await openDocument(page, 'guides', guideTitle)
  await page.getByRole('button', { name: 'Ranking', exact: true }).click()

  await expect(rowLabel(page, 0)).toHaveText('#1 jerrycan')
  await expect(rowLabel(page, 1)).toHaveText('#2 FastAPI')
  await expect(rowLabel(page, 2)).toHaveText('#3 Django')
  await expect(page.getByText(/Entry 0\d/)).toHaveCount(0)

  // Collapsed rows show nothing but their labels: the state where they matter most.
  await page.getByRole('button', { name: 'Collapse All' }).first().click()
  const ranking = page.locator('#field-ranking')
  await ranking.screenshot({ path: screenshotPath('cockpit-ranking-labels') })

  await page.locator('#ranking-row-0 .array-actions__button').click()
  await page.getByRole('button', { name: 'Move Down' }).click()
  await expect(rowLabel(page, 0)).toHaveText('#1 FastAPI')
  await expect(rowLabel(page, 1)).toHaveText('#2 jerrycan')
  await expectDraftSaved(page)
  await ranking.screenshot({ path: screenshotPath('cockpit-ranking-labels-moved') })

  // Eight labels, a move and an autosave: the names were read once.
  expect(nameReads).toHaveLength(1)
})

test('the dashboard shows a draft made just now, by whom, a scheduled release and a share link about to expire', async ({
  page,
}) => {
  await signIn(page, marketer)
  await openDocument(page, 'frameworks', 'Django')
  await page.locator('#field-bestFor').fill(`Teams who want batteries included (cockpit ${run})`)
  await expectDraftSaved(page)
  // A day ahead: it must not fire during the suite.
  await schedulePublish(page, new Date(Math.ceil(Date.now() / 60_000) * 60_000 + 86_400_000))

  const note = `Cockpit review ${run}`
  const headers = await adminHeaders()
  const guides = await page.request.get('/api/guides?where[slug][equals]=backend-frameworks-2026', {
    headers,
  })
  const guide = ((await guides.json()) as { docs: { id: number }[] }).docs[0]!
  const link = await page.request.post('/api/preview-links', {
    headers,
    data: { guide: guide.id, note, expiresAt: new Date(Date.now() + 20 * 3600_000).toISOString() },
  })
  expect(link.status(), await link.text()).toBe(201)
  const linkId = ((await link.json()) as { doc: { id: number } }).doc.id
  const releaseName = `Cockpit release ${run}`
  const made = await page.request.post('/api/releases', {
    headers,
    data: {
      name: releaseName,
      items: [{ doc: { relationTo: 'guides', value: guide.id } }],
      publishAt: new Date(Date.now() + 86_400_000).toISOString(),
    },
  })
  expect(made.status(), await made.text()).toBe(201)
  const releaseId = ((await made.json()) as { doc: { id: number } }).doc.id

  try {
    await page.goto('/admin')
    const changes = page.getByRole('region', { name: 'Unpublished changes' })
    const django = changes.getByRole('listitem').filter({ hasText: 'Django' })
    await expect(django).toContainText('changes to live')
    await expect(django).toContainText(marketer.email)
    await expect(django).toContainText(/now|seconds? ago|1 minute ago/)
    await expect(django.getByRole('link', { name: 'Django' })).toHaveAttribute(
      'href',
      /^\/admin\/collections\/frameworks\/\d+$/,
    )

    const scheduled = page.getByRole('region', { name: 'Scheduled' })
    await expect(
      scheduled.getByRole('listitem').filter({ hasText: 'Django' }).first(),
    ).toContainText(/publish\s*Django\s*Framework\s*(tomorrow|in 24 hours)/)

    const links = page.getByRole('region', { name: 'Open share links' })
    const shared = links.getByRole('listitem').filter({ hasText: note })
    await expect(shared).toContainText(`Guide: ${guideTitle}`)
    await expect(shared).toContainText('expires within 48 h')

    // The home guide's live page is `/`.
    const live = page.getByRole('region', { name: 'Live' })
    const guideLive = live.getByRole('listitem').filter({ hasText: guideTitle })
    await expect(guideLive.getByRole('link', { name: 'View live' })).toHaveAttribute('href', '/')
    // The release scheduled a day ahead, with its one document and its time.
    const release = page
      .getByRole('region', { name: 'Releases' })
      .getByRole('listitem')
      .filter({ hasText: releaseName })
    await expect(release).toContainText(/1 document\s*scheduled\s*publishes (in 24 hours|tomorrow)/)

    await page.screenshot({ path: screenshotPath('cockpit-dashboard'), fullPage: true })
  } finally {
    await page.request.delete(`/api/preview-links/${linkId}`, { headers })
    await page.request.delete(`/api/releases/${releaseId}`, { headers })
    await cancelSchedules(page)
  }
})
