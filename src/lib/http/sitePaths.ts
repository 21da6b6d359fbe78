/** A path as redirects key it, or why it cannot be one. */
export type SourcePath = { path: string } | { error: string }

// What a path segment may hold unescaped (RFC 3986 `pchar`); everything else is percent-encoded.
const NOT_PCHAR = /[^A-Za-z0-9\-._~!$&'()*+,;=:@]/gu
// eslint-disable-next-line no-control-regex
const CONTROL_OR_BACKSLASH = /[\u0000-\u001f\u007f\\]/

/**
 * One spelling for every way a browser may ask for the same address, so a redirect saved as
 * `/café` matches a request for `/caf%C3%A9` (or `/cafe%CC%81`): each segment percent-decoded,
 * NFC-normalised, then encoded again the one way. The query, the fragment, surrounding spaces
 * and trailing slashes are no part of it. Idempotent; used on save and on every request.
 */
export function sourcePath(raw: string): SourcePath {
  const bare = raw.trim().split(/[?#]/)[0] ?? ''
  if (!bare.startsWith('/')) {
    return { error: 'Use a path on this site: one / then the address, like /old-guide.' }
  }
  if (CONTROL_OR_BACKSLASH.test(bare)) {
    return {
      error:
        'A path cannot hold a backslash or a control character (browsers read \\ as / and drop tabs).',
    }
  }
  const rest = bare.slice(1).replace(/\/+$/, '')
  if (rest === '') return { path: '/' }
  const segments: string[] = []
  for (const segment of rest.split('/')) {
    if (segment === '') {
      return {
        error: 'A path cannot hold two slashes in a row (browsers read //x as another site).',
      }
    }
    let text: string
    try {
      text = decodeURIComponent(segment).normalize('NFC')
    } catch {
      return { error: `“${segment}” has a malformed percent-escape: write a % sign as %25.` }
    }
    if (text === '.' || text === '..') {
      return {
        error:
          'A path cannot hold “.” or “..” segments: browsers resolve them before asking. Write the path they lead to.',
      }
    }
    try {
      segments.push(text.replace(NOT_PCHAR, (c) => encodeURIComponent(c)))
    } catch {
      return { error: `“${segment}” is not valid text (a lone UTF-16 surrogate).` }
    }
  }
  return { path: `/${segments.join('/')}` }
}

const BASE = 'http://site.invalid'

/**
 * Where a redirect may send readers, as the Location to send, or undefined: an http(s) URL the
 * editor typed, as it is; or a path (or `#anchor`) on this site as a browser resolves it
 * (dot-segments, `%2e`, backslashes, tabs), which must still be a path on this site:
 * `/a/../..//evil.example` resolves to `//evil.example`, another host, and is refused.
 */
export function safeLocation(raw: string): string | undefined {
  const url = raw.trim()
  if (/^https?:\/\//i.test(url)) {
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u0020\u007f\\]/.test(url)) return undefined
    try {
      const parsed = new URL(url)
      return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined
    } catch {
      return undefined
    }
  }
  if (!url.startsWith('/') && !url.startsWith('#')) return undefined
  let resolved: URL
  try {
    resolved = new URL(url, `${BASE}/`)
  } catch {
    // `//` alone is no URL at all (an empty host).
    return undefined
  }
  if (resolved.origin !== BASE) return undefined
  const location = `${resolved.pathname}${resolved.search}${resolved.hash}`
  return location.startsWith('//') || location.startsWith('/\\') ? undefined : location
}

/** The path a site Location leads to, as redirects key it; undefined for another site. */
export function pathOfLocation(location: string): string | undefined {
  if (!location.startsWith('/')) return undefined
  const source = sourcePath(location)
  return 'path' in source ? source.path : undefined
}
