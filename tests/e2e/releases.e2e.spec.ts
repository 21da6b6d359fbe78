import {
  expect,
  test,
  type APIRequestContext,
  type BrowserContext,
  type Page,
} from '@playwright/test'

import { markersOnSite } from '../helpers/crawl'
import { e2eBaseURL } from '../helpers/e2eUsers'
import { paragraph } from '../helpers/richText'
import {
  adminHeaders,
  createEditor,
  expectDraftSaved,
  openDocument,
  restoreLater,
  signIn,
} from '../helpers/e2eAdmin'

// A marketer ships "Django above FastAPI" as one release: the guide's new order, both blurbs and
// a caveat. Readers polling the page see the old page or the new one, never a mix.
test.describe.configure({ mode: 'serial' })

const run = Date.now()
const marketerUser = { email: `marketer-${run}@example.com`, password: 'marketer-e2e-password' }
const guideTitle = 'What backend frameworks to use in 2026'
const guideSlug = 'backend-frameworks-2026'
const caveatLabel = 'Hand-written Python teams should pick FastAPI or Django'
const stamps = {
  django: `Django, now above FastAPI (${run}).`,
  fastapi: `FastAPI, now third (${run}).`,
  caveat: `Pick Django or FastAPI, in that order (${run}).`,
}
const unrelated = `An unrelated Axum draft (${run})`
const note = `Django moves above FastAPI (${run}).`
const releaseName = `Django above FastAPI ${run}`

let context: BrowserContext
let marketer: Page
let releaseUrl = ''
let releaseId = 0
let restores: (() => Promise<void>)[] = []

type Seen = 'old' | 'new' | 'mixed'

/** What an anonymous reader's page shows: the old page, the new one, or a mix of both. */
function classify(html: string): Seen {
  const djangoFirst = html.indexOf('id="django"') < html.indexOf('id="fastapi"')
  const changed = Object.values(stamps).map((stamp) => html.includes(stamp))
  if (djangoFirst && changed.every(Boolean)) return 'new'
  if (!djangoFirst && !changed.some(Boolean)) return 'old'
  return 'mixed'
}

/**
 * Polls `/` as an anonymous reader every 50 ms while `act` runs, until the page shows `until`.
 * Returns every state seen and how long after `act` resolved the page first showed `until`.
 */
async function pollWhile(request: APIRequestContext, act: () => Promise<void>, until: Seen) {
  const seen: Seen[] = []
  let actedAt = 0
  let reachedAt = 0
  let stop = false
  const poller = (async () => {
    while (!stop) {
      const response = await request.get('/', { headers: { Cookie: '' } })
      const state = classify(await response.text())
      seen.push(state)
      if (state === until && actedAt && !reachedAt) reachedAt = Date.now()
      if (reachedAt || (actedAt && Date.now() - actedAt > 5_000)) break
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  })()
  await act()
  actedAt = Date.now()
  await poller
  stop = true
  return { seen, after: reachedAt ? reachedAt - actedAt : Infinity }
}

/** A request from the marketer's signed-in admin page: same-site fetch, cookie auth. */
async function asMarketer(method: string, path: string, body?: object) {
  return marketer.evaluate(
    async ([method, path, body]) => {
      const response = await fetch(path, {
        method,
        headers: body ? { 'Content-Type': 'application/json' } : {},
        body: body ? JSON.stringify(body) : undefined,
      })
      return { status: response.status, text: await response.text() }
    },
    [method, path, body] as const,
  )
}

async function idOf(collection: string, field: string, value: string) {
  const { text } = await asMarketer(
    'GET',
    `/api/${collection}?where[${field}][equals]=${encodeURIComponent(value)}&depth=0`,
  )
  return (JSON.parse(text) as { docs: { id: number }[] }).docs[0]!.id
}

async function saveDraft(collection: string, id: number, data: object) {
  const { status, text } = await asMarketer('PATCH', `/api/${collection}/${id}?draft=true`, data)
  expect(status, text).toBe(200)
}

/**
 * "Add to release" in the open document's sidebar: picks `option` (a release's name, or "New
 * release…" to make this run's release with its note), adds, and waits for `outcome`.
 */
async function addToRelease(outcome: string, option: string) {
  const box = marketer.getByRole('group', { name: 'Releases' })
  await box.getByLabel('Release', { exact: true }).selectOption({ label: option })
  if (option === 'New release…') {
    await box.getByLabel('Name of the new release').fill(releaseName)
    await box.getByLabel('Public note (optional)').fill(note)
  }
  await box.getByRole('button', { name: 'Add to release' }).click()
  await expect(box.getByRole('status')).toHaveText(outcome)
  const link = box.getByRole('list', { name: 'Open releases holding this document' })
  const href = await link.getByRole('link', { name: releaseName }).getAttribute('href')
  releaseUrl = href!
}

/** Clicks one of the release's action buttons and waits for its outcome. */
async function releaseAction(label: string, outcome: string) {
  marketer.once('dialog', (dialog) => void dialog.accept())
  await marketer.getByRole('button', { name: label }).click()
  await expect(marketer.getByRole('status').filter({ hasText: outcome })).toBeVisible()
}

test.beforeAll(async ({ browser, request }) => {
  restores = await Promise.all([
    restoreLater('guides', guideSlug, ['ranking']),
    restoreLater('frameworks', 'django', ['blurb']),
    restoreLater('frameworks', 'fastapi', ['blurb']),
    restoreLater('frameworks', 'axum', ['bestFor']),
    restoreLater('caveats', caveatLabel, ['body']),
  ])
  await createEditor(request, marketerUser.email, marketerUser.password)
  context = await browser.newContext()
  marketer = await context.newPage()
  await signIn(marketer, marketerUser)
})

test.afterAll(async ({ request }) => {
  await context?.close()
  for (const restore of restores) await restore()
  // The changes this run made leave the guide's "What changed": the next spec reads the seeded page.
  const headers = await adminHeaders()
  const changes = await request.get(`/api/guide-changes?limit=100&depth=0`, { headers })
  const { docs } = (await changes.json()) as { docs: { id: number; at: string }[] }
  for (const change of docs.filter((doc) => Date.parse(doc.at) >= run)) {
    await request.delete(`/api/guide-changes/${change.id}`, { headers })
  }
})

test('1. the marketer drafts the new order, both blurbs and a caveat, and adds each to a new release from its own page', async () => {
  await openDocument(marketer, 'guides', guideTitle)
  await marketer.getByRole('button', { name: 'Ranking', exact: true }).click()
  // Row 3 (Django) moves above row 2 (FastAPI).
  await marketer.locator('#ranking-row-2 .array-actions__button').click()
  await marketer.getByRole('button', { name: 'Move Up' }).click()
  await expectDraftSaved(marketer)
  // From the guide itself: a new release, with its public note.
  await addToRelease(`Added to “${releaseName}”, a new release.`, 'New release…')
  await marketer.screenshot({ path: '.data/test-results/screenshots/add-to-release.png' })

  const ids = {
    django: await idOf('frameworks', 'slug', 'django'),
    fastapi: await idOf('frameworks', 'slug', 'fastapi'),
    caveat: await idOf('caveats', 'label', caveatLabel),
    axum: await idOf('frameworks', 'slug', 'axum'),
  }
  await saveDraft('frameworks', ids.django, { blurb: paragraph(stamps.django) })
  await saveDraft('frameworks', ids.fastapi, { blurb: paragraph(stamps.fastapi) })
  await saveDraft('caveats', ids.caveat, { body: paragraph(stamps.caveat) })
  // Not in the release: no preview of it may show this.
  await saveDraft('frameworks', ids.axum, { bestFor: unrelated })
  // Each of the others joins it from its own page.
  for (const [collection, id, title] of [
    ['frameworks', ids.django, 'Django'],
    ['frameworks', ids.fastapi, 'FastAPI'],
    ['caveats', ids.caveat, caveatLabel],
  ] as const) {
    await marketer.goto(`/admin/collections/${collection}/${id}`)
    await expect(marketer.locator('h1')).toHaveText(title)
    await addToRelease(`Added to “${releaseName}”.`, releaseName)
  }
  releaseId = Number(releaseUrl.split('/').pop())

  await marketer.goto(releaseUrl)
  await expect(marketer.getByRole('button', { name: 'Publish release' })).toBeVisible()
  // Rows read what they hold, not "Document 01".
  await expect(marketer.locator('.release-item-label')).toHaveText([
    `Guide: ${guideTitle}`,
    'Framework: Django',
    'Framework: FastAPI',
    `Caveat: ${caveatLabel}`,
  ])
  const states = marketer.locator('input[name^="items."][name$=".state"]')
  await expect(states).toHaveCount(4)
  for (const state of await states.all()) await expect(state).toHaveValue('Up to date.')
  await expect(marketer.getByRole('link', { name: 'Compare with live' })).toHaveCount(4)
  await marketer.screenshot({ path: '.data/test-results/screenshots/release.png', fullPage: true })

  // Payload's comparison shows Django's new blurb against the published one.
  const compare = marketer.locator(`a[href*="/collections/frameworks/${ids.django}/versions/"]`)
  await compare.click()
  await expect(marketer).toHaveURL(/versionFrom=\d+/)
  await expect(marketer.getByText(stamps.django).first()).toBeVisible()
})

test('2. a share link shows the reviewer exactly the release, and readers nothing yet', async ({
  browser,
  request,
}) => {
  const expiresAt = new Date(Date.now() + 3_600_000).toISOString()
  const link = await asMarketer('POST', '/api/preview-links', {
    release: releaseId,
    note: `Release review ${run}`,
    expiresAt,
  })
  expect(link.status, link.text).toBe(201)
  const { doc } = JSON.parse(link.text) as { doc: { url: string } }

  const reviewer = await browser.newContext()
  const page = await reviewer.newPage()
  const response = await page.goto(doc.url)
  expect(response?.status()).toBe(200)
  expect(response!.headers()['cache-control']).toMatch(/no-store/)
  expect(classify(await page.content())).toBe('new')
  await expect(page.locator('table tbody th a')).toContainText(['jerrycan', 'Django', 'FastAPI'])
  expect(await page.content()).not.toContain(unrelated)

  // The link shows the release, and no other draft: not a draft page, not a twin's drafts.
  const draftPage = await asMarketer('POST', '/api/pages?draft=true', {
    title: `Release probe ${run}`,
    slug: `release-probe-${run}`,
    layout: [{ blockType: 'prose', content: paragraph(unrelated) }],
    _status: 'draft',
  })
  expect(draftPage.status, draftPage.text).toBe(201)
  try {
    for (const path of [`/release-probe-${run}`, `/release-probe-${run}.md`, '/index.md']) {
      const seen = await page.request.get(path)
      expect(await seen.text(), path).not.toContain(unrelated)
    }
    expect((await page.request.get(`/release-probe-${run}`)).status()).toBe(404)
    const token = new URL(doc.url).searchParams.get('token')!
    for (const path of [`/index.md`, `/guides/${guideSlug}.md`, `/release-probe-${run}.md`]) {
      const twin = await request.get(`${path}?token=${encodeURIComponent(token)}`, {
        headers: { Cookie: '' },
      })
      expect(twin.status(), path).toBe(403)
      expect(await twin.text(), path).not.toContain(unrelated)
    }
    // Nor is it a key to the CMS.
    expect((await page.request.get('/api/releases')).status()).toBe(403)
  } finally {
    const { id } = (JSON.parse(draftPage.text) as { doc: { id: number } }).doc
    expect((await asMarketer('DELETE', `/api/pages/${id}`)).status).toBe(200)
    await reviewer.close()
  }

  // Readers: nothing of the open release on any channel, and no way to publish it.
  const publish = await request.post(`/api/releases/${releaseId}/publish`, {
    headers: { Cookie: '' },
  })
  expect(publish.status()).toBe(401)
  expect(classify(await (await request.get('/', { headers: { Cookie: '' } })).text())).toBe('old')
  const secrets = [...Object.values(stamps), unrelated, note]
  expect(await markersOnSite(e2eBaseURL, secrets, [`/guides/${guideSlug}`])).toEqual([])
})

test('3. publishing it: readers see the old page or the whole new one, within 1 s', async ({
  request,
}) => {
  await marketer.goto(releaseUrl)
  const { seen, after } = await pollWhile(
    request,
    () => releaseAction('Publish release', 'Release published.'),
    'new',
  )
  console.log(
    `[releases] publish: ${seen.length} polls, whole new page ${after} ms after the reply`,
  )
  expect(seen[0]).toBe('old')
  expect(seen).not.toContain('mixed')
  expect(seen.at(-1)).toBe('new')
  expect(after).toBeLessThan(1_000)
})

test('4. "What changed" and the feed list the release: its note and "Django: #3 → #2"', async ({
  request,
}) => {
  const html = await (await request.get('/', { headers: { Cookie: '' } })).text()
  const changes = html.slice(html.indexOf('id="what-changed"'))
  expect(changes).toContain(note)
  expect(changes).toContain('Django: #3 → #2')
  expect(html).toMatch(
    new RegExp(
      `<link rel="alternate" type="application/atom\\+xml" href="[^"]*/guides/${guideSlug}/changes\\.xml"`,
    ),
  )

  const feed = await request.get(`/guides/${guideSlug}/changes.xml`)
  expect(feed.status()).toBe(200)
  expect(feed.headers()['content-type']).toContain('application/atom+xml')
  const xml = await feed.text()
  expect(xml).toMatch(
    /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/,
  )
  const entry = xml.slice(xml.indexOf('<entry>'), xml.indexOf('</entry>'))
  expect(entry).toContain(note)
  expect(entry).toContain('Django: #3 → #2')
  expect(entry).toMatch(/<updated>\d{4}-\d\d-\d\dT[\d:.]+Z<\/updated>/)

  const twin = await (await request.get('/index.md')).text()
  expect(twin).toContain(note)
  expect(twin).toContain('Django: #3 → #2')
})

test('5. reverting it brings the whole old page back within 1 s', async ({ request }) => {
  await marketer.goto(releaseUrl)
  const { seen, after } = await pollWhile(
    request,
    () => releaseAction('Revert release', 'Release reverted.'),
    'old',
  )
  console.log(`[releases] revert: ${seen.length} polls, whole old page ${after} ms after the reply`)
  expect(seen[0]).toBe('new')
  expect(seen).not.toContain('mixed')
  expect(seen.at(-1)).toBe('old')
  expect(after).toBeLessThan(1_000)
  const html = await (await request.get('/', { headers: { Cookie: '' } })).text()
  expect(html).toContain('Django: #2 → #3')
  expect(html).toContain(note)
})

test('6. a hidden change leaves the page, its twin and its feed', async ({ request }) => {
  const reverted = 'Django: #2 → #3'
  const { text } = await asMarketer(
    'GET',
    `/api/guide-changes?where[release][equals]=${releaseId}&where[kind][equals]=revert&depth=0`,
  )
  const [change] = (JSON.parse(text) as { docs: { id: number }[] }).docs
  // The probe reads every channel: before the change is hidden it finds it on each.
  const shown = await markersOnSite(e2eBaseURL, [reverted], [`/guides/${guideSlug}`])
  expect(shown.map((found) => found.path)).toEqual(
    expect.arrayContaining(['/', '/index.md', `/guides/${guideSlug}/changes.xml`]),
  )
  const hidden = await asMarketer('PATCH', `/api/guide-changes/${change!.id}`, { hidden: true })
  expect(hidden.status, hidden.text).toBe(200)
  await expect
    .poll(async () =>
      (await (await request.get('/', { headers: { Cookie: '' } })).text()).includes(reverted),
    )
    .toBe(false)
  expect(await markersOnSite(e2eBaseURL, [reverted], [`/guides/${guideSlug}`])).toEqual([])
  // The publish it undid is still listed.
  const html = await (await request.get('/', { headers: { Cookie: '' } })).text()
  expect(html).toContain('Django: #3 → #2')
})
