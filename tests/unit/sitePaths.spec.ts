import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { safeUrlError } from '@/fields/url'
import { twinOf } from '@/lib/http/markdownTwin'
import { redirectLocation } from '@/lib/http/redirects'
import { safeLocation, sourcePath } from '@/lib/http/sitePaths'
import { isRelativePath, sitePathLocation } from '@/lib/preview/shareLinks'

// The preview routes redirect to a path the request names, and a call to action links to a URL
// an editor types: neither may lead off the site.
describe('isRelativePath (the preview redirect target)', () => {
  it.each(['/guides/x', '/#fastapi', '/', '/guides/backend-frameworks-2026?x=1', '/grüße'])(
    'accepts %j',
    (path) => {
      expect(isRelativePath(path)).toBe(true)
    },
  )

  it.each([
    '//evil.example',
    'https://evil.example',
    'javascript:alert(1)',
    '/\\evil.example',
    '\\/evil.example',
    '/\r\nSet-Cookie: x=1',
    'guides/x',
    '',
    // Browsers drop tabs and newlines from URLs: new URL('/\t/evil.example', site) is evil.example.
    '/\t/evil.example',
    '/\n/evil.example',
  ])('refuses %j', (path) => {
    expect(isRelativePath(path)).toBe(false)
  })
})

describe('sitePathLocation (the Location header a preview route sends)', () => {
  it('percent-encodes what a header cannot hold, and keeps query and anchor', () => {
    expect(sitePathLocation('/grüße?q=ü#ä')).toBe('/gr%C3%BC%C3%9Fe?q=%C3%BC#%C3%A4')
    expect(sitePathLocation('/guides/x')).toBe('/guides/x')
  })

  it.each([
    '/\\evil.example',
    '//evil.example',
    '/.//evil.example',
    '/..//evil.example',
    '/a/..//evil.example',
    '/%2e//evil.example',
  ])(
    'is undefined for %j: not a path on this site, before or after resolving dot-segments',
    (path) => {
      expect(sitePathLocation(path)).toBeUndefined()
    },
  )
})

describe('safeUrlError (call-to-action and rich-text links)', () => {
  it.each(['https://example.com/x', 'http://example.com', '/guides/x', '#caveats', ''])(
    'accepts %j',
    (url) => {
      expect(safeUrlError(url)).toBeUndefined()
    },
  )

  it.each(['/\\evil.example', '//evil.example', 'javascript:alert(1)', '/\t/evil', 'https:/x'])(
    'refuses %j, saying what is allowed',
    (url) => {
      expect(safeUrlError(url)).toMatch(/Only http\(s\) URLs, paths on this site/)
    },
  )
})

// Redirects: the path a redirect starts from is matched in one spelling, and where it sends
// readers is a path on this site unless the editor typed another site's URL.
describe('sourcePath (how a redirect source and a request path are keyed)', () => {
  it.each([
    ['/café', '/caf%C3%A9'],
    ['/caf%c3%a9', '/caf%C3%A9'],
    ['/cafe\u0301', '/caf%C3%A9'],
    ['  /old-guide/  ', '/old-guide'],
    ['/old?x=1#top', '/old'],
    ['/a b', '/a%20b'],
    ['/a%2Fb', '/a%2Fb'],
    ['/100%25', '/100%25'],
    ['/', '/'],
  ])('spells %j as %j', (raw, path) => {
    expect(sourcePath(raw)).toEqual({ path })
  })

  it.each([
    ['https://elsewhere.example/x', /one \/ then the address/],
    ['  https://x', /one \/ then the address/],
    ['//evil.example', /two slashes in a row/],
    ['/a//b', /two slashes in a row/],
    ['/\\evil.example', /backslash/],
    ['/a\tb', /control character/],
    ['/foo/../bar', /“\.” or “\.\.” segments/],
    ['/%2e/x', /“\.” or “\.\.” segments/],
    ['/100%', /malformed percent-escape/],
    ['/\ud800', /not valid text/],
  ])('refuses %j, saying why', (raw, reason) => {
    const source = sourcePath(raw)
    expect('error' in source && source.error).toMatch(reason)
  })

  // Letters a path may hold as they are, ones it may not, a `%`, and any Unicode grapheme.
  const segmentText = fc
    .string({
      unit: fc.oneof(
        fc.constantFrom('a', 'Z', '9', '-', '.', '~', ' ', '%', ':', '@', '+', '"', 'é', 'e\u0301'),
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
      ),
      minLength: 1,
      maxLength: 8,
    })
    .filter((text) => text.trim() === text && !/[/?#\\\p{Cc}]/u.test(text))
    .filter((text) => text !== '.' && text !== '..')

  it('gives one spelling for a segment typed raw, percent-encoded (any case) or decomposed', () => {
    fc.assert(
      fc.property(segmentText, (text) => {
        const encoded = sourcePath(`/${encodeURIComponent(text)}`)
        expect(encoded).toHaveProperty('path')
        expect(sourcePath(`/${encodeURIComponent(text.normalize('NFD'))}`)).toEqual(encoded)
        expect(
          sourcePath(
            `/${encodeURIComponent(text).replace(/%[0-9A-F]{2}/g, (e) => e.toLowerCase())}`,
          ),
        ).toEqual(encoded)
        // Typed as it is (a lone % would be a malformed escape).
        if (!text.includes('%')) expect(sourcePath(`/${text}`)).toEqual(encoded)
        if ('path' in encoded) expect(sourcePath(encoded.path)).toEqual(encoded)
      }),
      { numRuns: 1000 },
    )
  })
})

const SITE = 'https://site.example'
// Pieces that change where a browser lands: dot-segments, their escapes, slashes, backslashes,
// characters browsers drop, and something that looks like a host.
const piece = fc.constantFrom(
  '/',
  '//',
  '\\',
  '.',
  '..',
  '%2e',
  '%2E',
  '%2e%2e',
  '.%2e',
  '%2f',
  '%5c',
  '%252e',
  '\t',
  '\n',
  ' ',
  '@',
  ':',
  'evil.example',
  'a',
  'é',
  '?',
  '#',
  '%',
  'http:',
  'https://evil.example',
)
const typed = fc.array(piece, { maxLength: 10 }).map((pieces) => pieces.join(''))
const typedSiteUrl = /^https?:\/\//i

/**
 * Where a browser lands from a redirect's Location, as proxy.ts and Next send it: made absolute
 * on the site's origin, then (Next's adapter, getRelativeURL) cut back to a relative URL when it
 * stays on that origin; read from a page deep in the site.
 */
const reached = (location: string) => {
  const absolute = new URL(location, SITE)
  const header = absolute.origin === SITE ? absolute.href.slice(SITE.length) : absolute.href
  return new URL(header, `${SITE}/some/deep/page`)
}

describe('safeLocation and redirectLocation (the Location a redirect sends)', () => {
  it.each([
    ['/foo/../..//evil.example', undefined],
    ['/%2e%2e//evil.example', undefined],
    ['/.//evil.example', undefined],
    ['/\\evil.example', undefined],
    ['/\t/evil.example', undefined],
    ['//evil.example', undefined],
    ['javascript:alert(1)', undefined],
    ['http:evil.example', undefined],
    ['/x/../about?q=ü', '/about?q=%C3%BC'],
    ['/grüße', '/gr%C3%BC%C3%9Fe'],
    ['  https://elsewhere.example/ü  ', 'https://elsewhere.example/%C3%BC'],
  ])('%j → %j', (raw, location) => {
    expect(safeLocation(raw)).toBe(location)
  })

  it('keeps the request’s query, before the anchor, unless the destination has its own', () => {
    expect(redirectLocation('/about#team', '?token=T')).toBe('/about?token=T#team')
    expect(redirectLocation('/about?ref=old', '?token=T')).toBe('/about?ref=old')
  })

  it('never leads off the site unless the destination is a URL the editor typed', () => {
    fc.assert(
      fc.property(typed, typed, fc.constantFrom('', '?q=1', '?token=T'), (to, path, search) => {
        for (const destination of [to, `/${to}`, `/${path}/${to}`]) {
          const location = redirectLocation(destination, search)
          if (location === undefined) continue
          expect(location).toMatch(/^[\x21-\x7e]+$/)
          if (typedSiteUrl.test(destination.trim())) continue
          // The proxy sends it, or its `.md` twin, as the browser reads it.
          expect(reached(location).origin).toBe(SITE)
          expect(reached(twinOf(location)).origin).toBe(SITE)
        }
      }),
      { numRuns: 2000 },
    )
  })

  it('finds at least some typed paths on the site, so the property above is not vacuous', () => {
    const kept = fc
      .sample(typed, 500)
      .filter((to) => !typedSiteUrl.test(to) && redirectLocation(`/${to}`, '') !== undefined)
    expect(kept.length).toBeGreaterThan(100)
  })
})
