import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { isSlug } from '@/fields/slug'
import { RESERVED_SLUGS } from '@/lib/content/urls'
import { reservedBy } from '@/lib/http/reservedPaths'
import { SITE_ROUTES } from '@/lib/http/siteRoutes'

import { appRoutes, publicFiles } from '../helpers/appRoutes'
import { reservedSamples } from '../helpers/reservedSamples'

const root = path.resolve(import.meta.dirname, '../..')
const scanned = () => [
  ...appRoutes(path.join(root, 'app')),
  ...publicFiles(path.join(root, 'public')),
]

describe('the routes the site answers itself', () => {
  it('are listed in src/lib/http/siteRoutes.ts exactly as app/ and public/ hold them', () => {
    const routes = scanned().sort()
    expect(
      [...SITE_ROUTES].sort(),
      `app/ or public/ changed: set SITE_ROUTES to ${JSON.stringify(routes, null, 2)}`,
    ).toEqual(routes)
  })

  it('are each refused as a redirect source, with what answers there', () => {
    for (const sample of reservedSamples(SITE_ROUTES)) {
      expect(reservedBy(sample), sample).toBeDefined()
    }
    expect(reservedBy('/preview')).toBe('a route of the site (/preview)')
    expect(reservedBy('/og/x')).toBe('a route of the site (/og/[slug])')
    expect(reservedBy('/guides/x.md')).toMatch(/^the Markdown twin of \/guides\/x/)
  })

  it('leave documents’ old addresses, and any other path, to redirects', () => {
    for (const free of [
      '/old-page',
      '/guides/old-guide',
      '/blog/2019/post',
      '/guides/a/b',
      '/a/b.md',
    ]) {
      expect(reservedBy(free), free).toBeUndefined()
    }
  })

  it('are each taken from page slugs, so no page hides behind a route', () => {
    const firsts = SITE_ROUTES.map((route) => route.split('/')[1] ?? '').filter(isSlug)
    expect(
      firsts.filter((first) => !(RESERVED_SLUGS as readonly string[]).includes(first)),
    ).toEqual([])
  })
})

describe('a route added to app/', () => {
  const copy = mkdtempSync(path.join(tmpdir(), 'app-routes-'))
  afterAll(() => rmSync(copy, { recursive: true, force: true }))

  it('is found by the scan, and reserved once listed', () => {
    cpSync(path.join(root, 'app'), copy, { recursive: true })
    const before = appRoutes(copy)
    expect(before).toEqual(appRoutes(path.join(root, 'app')))
    mkdirSync(path.join(copy, '(site)', 'newsletter', '[issue]'), { recursive: true })
    writeFileSync(path.join(copy, '(site)', 'newsletter', '[issue]', 'page.tsx'), '')
    writeFileSync(path.join(copy, '(site)', 'opengraph-image.png'), '')
    const after = appRoutes(copy)
    expect(after.filter((route) => !before.includes(route))).toEqual([
      '/newsletter/[issue]',
      '/opengraph-image.png',
    ])
    // The list check above fails until SITE_ROUTES has them; then they are reserved.
    for (const path of ['/newsletter', '/newsletter/42', '/opengraph-image.png']) {
      expect(reservedBy(path, before), path).toBeUndefined()
      expect(reservedBy(path, after), path).toBeDefined()
    }
  })
})
