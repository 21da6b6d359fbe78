import { describe, expect, it } from 'vitest'

import { beaconSchema, deviceClass, dimensionsOf, referrerHost } from '@/lib/analytics/events'
import { clientAddress } from '@/lib/analytics/identity'
import { rateLimiter } from '@/lib/analytics/rateLimit'

describe('what a beacon is counted under', () => {
  it('names the device class by the window’s width, at 768 and 1200', () => {
    expect([undefined, 0, 767, 768, 1199, 1200].map(deviceClass)).toEqual([
      'unknown',
      'phone',
      'phone',
      'tablet',
      'tablet',
      'desktop',
    ])
  })

  it('keeps the referrer’s host alone; our own host, no referrer and odd ones are direct', () => {
    const own = 'guide.example'
    expect(referrerHost('https://News.YCombinator.com/item?id=1#c', own)).toBe(
      'news.ycombinator.com',
    )
    expect(referrerHost('https://guide.example/guides?x=1', own)).toBe('')
    expect(referrerHost(undefined, own)).toBe('')
    expect(referrerHost('javascript:alert(1)', own)).toBe('')
    expect(referrerHost('not a url', own)).toBe('')
  })

  it('counts a view under its total, referrer, UTM values and device; an outbound under its target', () => {
    const view = beaconSchema.parse({ p: '/', e: 'view', u: { s: 'nl', c: 'dec' }, w: 1300 })
    expect(dimensionsOf(view, 'guide.example')).toEqual([
      { dim: '', value: '' },
      { dim: 'referrer', value: '' },
      { dim: 'utm_source', value: 'nl' },
      { dim: 'utm_campaign', value: 'dec' },
      { dim: 'device', value: 'desktop' },
    ])
    const outbound = beaconSchema.parse({ p: '/', e: 'outbound', t: 'fastapi' })
    expect(dimensionsOf(outbound, 'guide.example')).toEqual([
      { dim: '', value: '' },
      { dim: 'target', value: 'fastapi' },
    ])
  })
})

describe('the client', () => {
  const from = (forwarded: string) =>
    new Request('http://x/collect', { headers: { 'x-forwarded-for': forwarded } })

  it('is the address our outermost proxy saw, not one the client wrote before it', () => {
    const chain = from('6.6.6.6, 203.0.113.9, 127.0.0.1')
    expect(clientAddress(chain, 2)).toBe('203.0.113.9')
    expect(clientAddress(chain, 0)).toBe('127.0.0.1')
    expect(clientAddress(from('198.51.100.1'), 2)).toBe('198.51.100.1')
  })

  it('may send as many beacons a minute as the limit, and again in the next minute', () => {
    let now = 60_000 * 10
    const limiter = rateLimiter(3, () => now)
    expect([1, 2, 3, 4].map(() => limiter.allow('a'))).toEqual([true, true, true, false])
    expect(limiter.allow('b')).toBe(true)
    now += 60_000
    expect(limiter.allow('a')).toBe(true)
  })
})
