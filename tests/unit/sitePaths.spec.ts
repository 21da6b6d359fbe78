import { describe, expect, it } from 'vitest'

import { safeUrlError } from '@/fields/url'
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
