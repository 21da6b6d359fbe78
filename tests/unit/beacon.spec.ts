import { runInNewContext } from 'node:vm'
import { gzipSync } from 'node:zlib'

import fc from 'fast-check'
import { createElement } from 'react'
import { describe, expect, it } from 'vitest'

import { BEACON_SCRIPT } from '@/lib/analytics/beaconScript'
import { readerDocument } from '@/lib/render/readerDocument'

// The beacon's size and what it sends, run here against the few browser objects it reads (a
// reader's clicks in a real browser: tests/e2e/beacon.e2e.spec.ts).

type Body = { p: string; e: string; r?: string; u?: Record<string, string>; t?: string; w?: number }
type Listener = (event?: unknown) => void

/** Runs the script once as a page at `url` would, and returns what it sent and can still send. */
function visit({
  url,
  referrer = '',
  doNotTrack,
  globalPrivacyControl,
  prerendering = false,
  rankings = 1,
}: {
  url: string
  referrer?: string
  doNotTrack?: string
  globalPrivacyControl?: boolean
  prerendering?: boolean
  rankings?: number
}) {
  const sent: { to: string; body: Body; bytes: number }[] = []
  const listeners: Record<string, Listener[]> = {}
  const observers: { see: (visible: boolean) => void; observed: number; stopped: boolean }[] = []
  const navigator = {
    doNotTrack,
    globalPrivacyControl,
    sendBeacon: (to: string, data: string) => {
      sent.push({ to, body: JSON.parse(data) as Body, bytes: Buffer.byteLength(data) })
      return true
    },
  }
  const document = {
    referrer,
    prerendering,
    querySelectorAll: (selector: string) =>
      selector === '[data-beacon=reached]' ? Array.from({ length: rankings }, () => ({})) : [],
    addEventListener: (type: string, listener: Listener, options?: { once?: boolean }) => {
      const list = (listeners[type] ??= [])
      list.push(
        options?.once
          ? (event) => {
              list.splice(list.indexOf(listener), 1)
              listener(event)
            }
          : listener,
      )
    },
  }
  class IntersectionObserver {
    observed = 0
    stopped = false
    constructor(private readonly callback: (entries: { isIntersecting: boolean }[]) => void) {
      observers.push(this)
    }
    see(visible: boolean) {
      if (!this.stopped) this.callback([{ isIntersecting: visible }])
    }
    observe() {
      this.observed += 1
    }
    disconnect() {
      this.stopped = true
    }
  }
  // Its own global scope, holding only what a browser would give it and the script reads.
  runInNewContext(BEACON_SCRIPT, {
    navigator,
    location: new URL(url),
    document,
    innerWidth: 390,
    window: { IntersectionObserver },
    IntersectionObserver,
    Element: class {},
    URLSearchParams,
  })
  const dispatch = (type: string) => [...(listeners[type] ?? [])].forEach((listener) => listener())
  return { sent, observers, dispatch }
}

describe('the beacon script', () => {
  it('weighs at most 1,024 bytes gzipped, as a reader downloads it', () => {
    const bytes = gzipSync(BEACON_SCRIPT).length
    console.log(`beacon.js: ${BEACON_SCRIPT.length} B, ${bytes} B gzipped`)
    expect(bytes).toBeLessThanOrEqual(1024)
  })

  it('sends a view with the path, the referrer, the three UTM values and the width', () => {
    const { sent } = visit({
      url: 'https://guide.test/detailed-comparison?utm_source=newsletter&utm_medium=email&utm_campaign=dec&x=1#fastapi',
      referrer: 'https://news.ycombinator.com/item?id=1',
    })
    expect(sent).toEqual([
      {
        to: '/collect',
        body: {
          p: '/detailed-comparison',
          e: 'view',
          w: 390,
          u: { s: 'newsletter', m: 'email', c: 'dec' },
          r: 'https://news.ycombinator.com/item?id=1',
        },
        bytes: expect.any(Number) as number,
      },
    ])
  })

  it('leaves out a referrer and UTM values the visit does not have', () => {
    const { sent } = visit({ url: 'https://guide.test/?utm_medium=social' })
    expect(sent.map(({ body }) => body)).toEqual([
      { p: '/', e: 'view', w: 390, u: { m: 'social' } },
    ])
  })

  it('sends nothing at all under Do Not Track or Global Privacy Control', () => {
    for (const privacy of [{ doNotTrack: '1' }, { globalPrivacyControl: true }]) {
      const { sent, observers, dispatch } = visit({ url: 'https://guide.test/', ...privacy })
      dispatch('reweight')
      expect(sent, JSON.stringify(privacy)).toEqual([])
      expect(observers).toEqual([])
    }
    // "unspecified" and a GPC that is not `true` are no refusal.
    expect(visit({ url: 'https://guide.test/', doNotTrack: '0' }).sent).toHaveLength(1)
  })

  it('counts a prerendered page only once the reader opens it', () => {
    const { sent, dispatch } = visit({ url: 'https://guide.test/guides', prerendering: true })
    expect(sent).toEqual([])
    dispatch('prerenderingchange')
    expect(sent.map(({ body }) => body.e)).toEqual(['view'])
  })

  it('says the ranking was reached once, the first time it shows, whichever ranking it is', () => {
    const { sent, observers } = visit({ url: 'https://guide.test/', rankings: 2 })
    const [observer] = observers
    expect(observers).toHaveLength(1)
    expect(observer?.observed).toBe(2)
    observer?.see(false)
    expect(sent.map(({ body }) => body.e)).toEqual(['view'])
    observer?.see(true)
    observer?.see(true)
    expect(sent.map(({ body }) => body.e)).toEqual(['view', 'reached'])
    expect(sent[1]?.body).toEqual({ p: '/', e: 'reached' })
  })

  it('watches no ranking on a page without one', () => {
    expect(visit({ url: 'https://guide.test/a-page', rankings: 0 }).observers).toEqual([])
  })

  it('counts a reader who re-weights once, however often they turn a weight', () => {
    const { sent, dispatch } = visit({ url: 'https://guide.test/' })
    dispatch('reweight')
    dispatch('reweight')
    expect(sent.map(({ body }) => body)).toEqual([
      expect.objectContaining({ e: 'view' }) as Body,
      { p: '/', e: 'reweight' },
    ])
  })

  it('keeps every view within the endpoint’s 2,048 bytes, whatever the referrer and UTM values', () => {
    // Any text a query can carry once proxy.ts has refused control characters, and any URL,
    // however long its path.
    const text = fc
      .string({ unit: 'grapheme', maxLength: 400, size: 'max' })
      .map((value) => value.replace(/\p{Cc}/gu, ''))
    const url = fc
      .tuple(fc.webUrl({ withQueryParameters: true }), fc.string({ maxLength: 1_500, size: 'max' }))
      .map(([base, path]) => {
        const long = new URL(base)
        long.pathname += encodeURIComponent(path)
        return long.href
      })
    fc.assert(
      fc.property(url, text, text, text, (referrer, s, m, c) => {
        const query = new URLSearchParams({ utm_source: s, utm_medium: m, utm_campaign: c })
        const { sent } = visit({
          url: `https://guide.test/guides/open-source-backend-platforms?${query}`,
          referrer,
        })
        expect(sent).toHaveLength(1)
        expect(sent[0]!.bytes).toBeLessThanOrEqual(2_048)
        expect(sent[0]!.body.u?.s).toBe(s ? s.slice(0, 100) : undefined)
      }),
      { numRuns: 100 },
    )
  })
})

describe('a reader’s page document', () => {
  const view = { head: { title: 'A guide' }, body: createElement('main', null, 'Ranked.') }

  it('loads the beacon, deferred, on a page that is measured', async () => {
    const html = await readerDocument(view, { measured: true })
    expect(html).toContain('<script src="/beacon.js" defer=""></script>')
  })

  it('does not load it on a page that is not (a miss)', async () => {
    expect(await readerDocument(view, { measured: false })).not.toContain('beacon')
  })
})
