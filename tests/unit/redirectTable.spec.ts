import { describe, expect, it } from 'vitest'

import { buildRedirectTable, loopThrough, type StoredRedirect } from '@/lib/content/redirectTable'

const toUrl = (from: string, url: string, status: 301 | 302 = 301): StoredRedirect => ({
  from,
  to: { url },
  status,
})
const toDoc = (from: string, key: string): StoredRedirect => ({ from, to: { key }, status: 301 })

const addresses: Record<string, string> = { 'pages:1': '/about', 'guides:2': '/guides/new' }
const addressOf = (key: string) => addresses[key]
const live = new Set(Object.values(addresses))

describe('the redirect table', () => {
  it('collapses a chain to one hop, and a chain with any 302 in it is temporary', () => {
    const table = buildRedirectTable(
      [toUrl('/a', '/b'), toUrl('/b', '/c', 302), toUrl('/c', '/about'), toUrl('/x', '/a')],
      addressOf,
      live,
    )
    expect(table).toEqual({
      '/a': { location: '/about', status: 302 },
      '/b': { location: '/about', status: 302 },
      '/c': { location: '/about', status: 301 },
      '/x': { location: '/about', status: 302 },
    })
  })

  it('follows a document to its current address, and drops it while the document is unpublished', () => {
    const table = buildRedirectTable(
      [toDoc('/guides/old', 'guides:2'), toDoc('/gone', 'pages:9')],
      addressOf,
      live,
    )
    expect(table).toEqual({ '/guides/old': { location: '/guides/new', status: 301 } })
  })

  it('never redirects a live address, and drops a loop instead of bouncing readers', () => {
    const table = buildRedirectTable(
      [toUrl('/about', '/elsewhere'), toUrl('/p', '/q'), toUrl('/q', '/p'), toUrl('/q/', '/p')],
      addressOf,
      live,
    )
    expect(table).toEqual({})
  })

  it('treats /path/ and /path?query as /path, and leaves other sites alone', () => {
    const table = buildRedirectTable(
      [toUrl('/old/', 'https://elsewhere.example/new'), toUrl('/q?x=1', '/about')],
      addressOf,
      live,
    )
    expect(table).toEqual({
      '/old': { location: 'https://elsewhere.example/new', status: 301 },
      '/q': { location: '/about', status: 301 },
    })
  })

  it('names the loop a new redirect would close, and nothing when it closes none', () => {
    const existing = [toUrl('/a', '/b'), toUrl('/b', '/c')]
    expect(loopThrough(existing, toUrl('/c', '/a'), addressOf)).toEqual(['/c', '/a', '/b', '/c'])
    expect(loopThrough(existing, toUrl('/c', '/about'), addressOf)).toBeUndefined()
    expect(loopThrough([], toUrl('/self', '/self/'), addressOf)).toEqual(['/self', '/self'])
  })

  it('never serves a redirect from a path the site answers itself, even one stored before the rule', () => {
    const table = buildRedirectTable(
      [
        toUrl('/preview', 'https://evil.example/collect'),
        toUrl('/guides', '/about'),
        toUrl('/sitemap.xml', '/about'),
        toUrl('/og/backend', '/about'),
        toUrl('/about.md', '/elsewhere'),
        toUrl('/guides/retired', '/about'),
      ],
      addressOf,
      live,
    )
    expect(table).toEqual({ '/guides/retired': { location: '/about', status: 301 } })
  })

  it('drops a destination that leaves the site once resolved, and keeps one typed as a URL', () => {
    const table = buildRedirectTable(
      [
        toUrl('/a', '/foo/../..//evil.example'),
        toUrl('/b', '/%2e%2e//evil.example'),
        toUrl('/c', '/\\evil.example'),
        toUrl('/d', '/x/../about'),
        toUrl('/e', '  https://elsewhere.example/x'),
      ],
      addressOf,
      live,
    )
    expect(table).toEqual({
      '/d': { location: '/about', status: 301 },
      '/e': { location: 'https://elsewhere.example/x', status: 301 },
    })
  })

  it('keys a path one way however it is spelled, and follows a chain through that spelling', () => {
    const table = buildRedirectTable(
      [toUrl('/café', '/caf%c3%a9-2'), toUrl('/cafe\u0301-2', '/about')],
      addressOf,
      live,
    )
    expect(table).toEqual({
      '/caf%C3%A9': { location: '/about', status: 301 },
      '/caf%C3%A9-2': { location: '/about', status: 301 },
    })
  })
})
