import { expect, test } from '@playwright/test'

import type { Framework, Guide } from '@/payload-types'

import { adminToken, docBySlug } from '../../tooling/siteApi'
import { adminHeaders, restoreLater } from '../helpers/e2eAdmin'
import { e2eBaseURL, firstAdmin } from '../helpers/e2eUsers'
import { frontMatter, parseLlmsTxt, readingText } from '../helpers/markdown'
import { paragraph } from '../helpers/richText'
import { missingPiece } from '../helpers/sourceCopy'

// Agents read the site as Markdown: the twin of every page, /llms.txt, and robots.txt.
const run = Date.now().toString(36)
const GUIDE = 'backend-frameworks-2026'
const MARKDOWN = { Accept: 'text/markdown' }

/** Fetches as an anonymous reader would (no cookies). */
const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${e2eBaseURL}${path}`, { headers })

const text = async (path: string, headers: Record<string, string> = {}) =>
  (await get(path, headers)).text()

/** The guide's twin both ways: the `.md` URL, and the home page's URL asking for Markdown. */
const twins = () => Promise.all([text(`/guides/${GUIDE}.md`), text('/', MARKDOWN)])

async function api(method: string, path: string, data?: unknown) {
  const response = await fetch(`${e2eBaseURL}${path}`, {
    method,
    headers: { ...(await adminHeaders()), 'Content-Type': 'application/json' },
    body: data === undefined ? undefined : JSON.stringify(data),
  })
  const body = (await response.json()) as { doc?: { id: number; url?: string } }
  expect(response.status, JSON.stringify(body)).toBeLessThan(300)
  return body
}

test('the guide’s Markdown twin holds every word of the source copy in order, both ways', async () => {
  for (const [path, headers] of [
    [`/guides/${GUIDE}.md`, {}],
    ['/', MARKDOWN],
    ['/index.md', {}],
  ] as const) {
    const response = await get(path, headers)
    expect(response.status, path).toBe(200)
    expect(response.headers.get('content-type'), path).toBe('text/markdown; charset=utf-8')
    expect(response.headers.get('vary') ?? '', path).toMatch(/\bAccept\b/)
    const markdown = await response.text()
    expect(missingPiece(readingText(markdown)), path).toBeUndefined()

    const meta = frontMatter(markdown)
    expect(meta.title).toBe('What backend frameworks to use in 2026')
    expect(meta.url).toBe(`${e2eBaseURL}/`)
    expect(new Date(meta.updated!).getTime()).not.toBeNaN()
    expect(meta.description).toMatch(/^Ranked with explicit criteria/)
    // The ranking is a table whose names link to the entries' anchors; the bias is in words.
    expect(markdown).toContain(`| 1 | [jerrycan](${e2eBaseURL}/#jerrycan) | Rust |`)
    expect(markdown).toMatch(/## #1 jerrycan\n\n\*Declared bias: this is our framework\*/)
    // Every link is absolute.
    for (const [, href] of markdown.matchAll(/\]\(([^)]*)\)/g)) expect(href).toMatch(/^https?:\/\//)
  }
  // A browser still gets the page, which names its twin, and tells caches it varies by Accept.
  const page = await get('/', { Accept: 'text/html,application/xhtml+xml,*/*;q=0.8' })
  expect(page.headers.get('content-type')).toMatch(/^text\/html/)
  expect(page.headers.get('vary') ?? '').toMatch(/\bAccept\b/)
  const html = await page.text()
  expect(html).toContain(
    `<link rel="alternate" type="text/markdown" href="${e2eBaseURL}/index.md"/>`,
  )
})

test('a draft never shows in a twin or llms-full.txt for a reader; a share link’s token shows it, privately', async () => {
  const restore = await restoreLater('frameworks', 'jerrycan', ['blurb'])
  try {
    const token = await adminToken(e2eBaseURL, firstAdmin)
    const jerrycan = await docBySlug<Framework>(e2eBaseURL, token, 'frameworks', 'jerrycan')
    const guide = await docBySlug<Guide>(e2eBaseURL, token, 'guides', GUIDE)
    const marker = `Draft words ${run}`
    await api('PATCH', `/api/frameworks/${jerrycan.id}?draft=true`, { blurb: paragraph(marker) })

    for (const body of [...(await twins()), await text('/llms-full.txt')]) {
      expect(body).toContain('Rust · AI-built, self-hosted')
      expect(body).not.toContain(marker)
    }

    const link = await api('POST', '/api/preview-links', { guide: guide.id, note: `md ${run}` })
    const shareToken = new URL(link.doc!.url!).searchParams.get('token')!
    for (const path of [`/guides/${GUIDE}.md`, '/index.md']) {
      const shared = await get(`${path}?token=${encodeURIComponent(shareToken)}`)
      expect(shared.status).toBe(200)
      expect(shared.headers.get('cache-control')).toBe('private, no-store')
      expect(await shared.text()).toContain(marker)
    }
    // The token is checked, not merely present.
    const forged = await get(`/index.md?token=${encodeURIComponent(`${shareToken}x`)}`)
    expect(forged.status).toBeGreaterThanOrEqual(400)
    expect(forged.status).toBeLessThan(500)
    expect(await forged.text()).not.toContain(marker)
    // And readers still get the published twin.
    for (const body of await twins()) expect(body).not.toContain(marker)
  } finally {
    await restore()
  }
})

test('a publish shows in both twins within 1 s', async () => {
  const restore = await restoreLater('frameworks', 'fastapi', ['blurb'])
  try {
    const token = await adminToken(e2eBaseURL, firstAdmin)
    const fastapi = await docBySlug<Framework>(e2eBaseURL, token, 'frameworks', 'fastapi')
    await twins() // both cached before the change
    const words = `Published words ${run}`
    await api('PATCH', `/api/frameworks/${fastapi.id}`, {
      blurb: paragraph(words),
      _status: 'published',
    })
    const start = Date.now()
    await expect
      .poll(async () => (await twins()).every((body) => body.includes(words)), {
        timeout: 1_000,
        intervals: [50],
      })
      .toBe(true)
    test.info().annotations.push({ type: 'publish→twin', description: `${Date.now() - start} ms` })
  } finally {
    await restore()
  }
})

test('/llms.txt lists every published guide and page at its twin, from copy the CMS holds', async () => {
  const parsed = parseLlmsTxt(await text('/llms.txt'))
  expect(parsed.title).toBe('jerrycan')
  const links = parsed.sections.flatMap((section) => section.links)
  expect(links).toContainEqual({
    title: 'What backend frameworks to use in 2026',
    url: `${e2eBaseURL}/index.md`,
    description: expect.stringMatching(/^Ranked with explicit criteria/) as unknown as string,
  })
  expect(links.map((link) => link.url)).toContain(`${e2eBaseURL}/llms-full.txt`)
  // Draft pages (the seeded references) are not listed.
  expect(links.map((link) => link.url)).not.toContain(`${e2eBaseURL}/companion-essay.md`)

  const summary = `Summary ${run}: guides for builders.`
  const before = (await api('GET', '/api/globals/agents')) as unknown as { summary: string }
  try {
    await api('POST', '/api/globals/agents', { summary })
    await expect
      .poll(async () => parseLlmsTxt(await text('/llms.txt')).summary, { timeout: 1_000 })
      .toBe(summary)
  } finally {
    await api('POST', '/api/globals/agents', { summary: before.summary })
  }
})

test('robots.txt lets every AI crawler in by default, and turns away the ones a marketer blocks', async () => {
  const groups = (robots: string) =>
    new Map(
      robots
        .split(/\n\s*\n/)
        .map((group) => [/^User-Agent: (.+)$/m.exec(group)?.[1], group] as const),
    )
  const open = groups(await text('/robots.txt'))
  expect(open.get('GPTBot')).toMatch(/^Allow: \/$/m)
  expect(open.get('ClaudeBot')).toMatch(/^Allow: \/$/m)
  expect(open.get('GPTBot')).not.toMatch(/^Disallow: \/$/m)
  try {
    await api('POST', '/api/globals/agents', { blockedCrawlers: ['GPTBot'] })
    const closed = groups(await text('/robots.txt'))
    expect(closed.get('GPTBot')).toMatch(/^Disallow: \/$/m)
    expect(closed.get('GPTBot')).not.toMatch(/^Allow:/m)
    expect(closed.get('ClaudeBot')).toMatch(/^Allow: \/$/m)
    expect(closed.get('*')).toMatch(/^Allow: \/$/m)
  } finally {
    await api('POST', '/api/globals/agents', { blockedCrawlers: [] })
  }
})

test('a bad Markdown address is a 404, and the twin routes are not addresses of their own', async () => {
  for (const path of [
    '/nope-nothing-here.md',
    '/guides/nope.md',
    '/markdown',
    '/markdown/guides',
    '/markdown-draft',
  ]) {
    const response = await get(path)
    expect(response.status, path).toBe(404)
    expect(await response.text(), path).not.toContain('Rust · AI-built')
  }
  // A browser asking for the page is never served Markdown.
  const page = await get('/', { Accept: 'text/html,*/*;q=0.8' })
  expect(page.headers.get('content-type')).toMatch(/^text\/html/)
})

test('the first navigation to the guide makes exactly one document request', async ({
  browser,
}) => {
  const context = await browser.newContext()
  const page = await context.newPage()
  const documents: string[] = []
  page.on('request', (request) => {
    if (request.resourceType() === 'document') documents.push(request.url())
  })
  await page.goto('/', { waitUntil: 'load' })
  await expect(page.locator('h1')).toHaveText('What backend frameworks to use in 2026')
  expect(documents).toEqual([`${e2eBaseURL}/`])
  await context.close()
})
