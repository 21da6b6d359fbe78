import { describe, expect, it } from 'vitest'

import { purgeTargets } from '@/lib/cache/purge'
import { contentTags, surrogateHeaders } from '@/lib/cache/surrogateKeys.mjs'
import { TAGS } from '@/lib/cache/tags'

describe('content tags on responses', () => {
  it('keeps the content tags Next collected, drops its implicit ones, and names them twice', () => {
    const collected = `_N_T_/layout,_N_T_/(site)/[[...home]]/page,_N_T_/,${TAGS.site},${TAGS.guide('x')},${TAGS.frame},${TAGS.links},${TAGS.site}`
    const tags = contentTags(collected)
    expect(tags).toEqual([TAGS.site, TAGS.guide('x'), TAGS.frame, TAGS.links])
    expect(surrogateHeaders(tags)).toEqual({
      'surrogate-key': 'site guide:x frame links',
      'cache-tag': 'site,guide:x,frame,links',
    })
    expect(surrogateHeaders(contentTags('_N_T_/layout'))).toEqual({})
  })
})

describe('purge targets', () => {
  const tags = [TAGS.guide('x'), TAGS.guides]

  it('purges every proxy in PURGE_URLS with the shared secret, then the CDN', () => {
    const targets = purgeTargets({
      PURGE_URLS: 'http://proxy-a:80, http://proxy-b:80',
      PURGE_SECRET: 'a-shared-secret-0123',
      CDN_PURGE_PROVIDER: 'fastly',
      CDN_PURGE_ID: 'svc1',
      CDN_PURGE_TOKEN: 'tok',
    })
    expect(targets.map((t) => [t.name, t.tier])).toEqual([
      ['http://proxy-a:80', 0],
      ['http://proxy-b:80', 0],
      ['fastly service svc1', 1],
    ])
    expect(targets[0]!.request(tags)).toEqual({
      url: 'http://proxy-a:80',
      init: {
        method: 'PURGE',
        headers: { 'Purge-Secret': 'a-shared-secret-0123', 'Xkey-Purge': 'guide:x guides' },
      },
    })
    const fastly = targets[2]!.request(tags)
    expect(fastly.url).toBe('https://api.fastly.com/service/svc1/purge')
    expect(fastly.init.headers).toMatchObject({ 'Fastly-Key': 'tok' })
    expect(JSON.parse(fastly.init.body as string)).toEqual({ surrogate_keys: tags })
  })

  it('purges Cloudflare by Cache-Tag, and nothing when nothing is set', () => {
    const [cloudflare] = purgeTargets({
      CDN_PURGE_PROVIDER: 'cloudflare',
      CDN_PURGE_ID: 'zone1',
      CDN_PURGE_TOKEN: 'tok',
    })
    const request = cloudflare!.request(tags)
    expect(request.url).toBe('https://api.cloudflare.com/client/v4/zones/zone1/purge_cache')
    expect(request.init.headers).toMatchObject({ Authorization: 'Bearer tok' })
    expect(JSON.parse(request.init.body as string)).toEqual({ tags })
    expect(purgeTargets({})).toEqual([])
  })
})
