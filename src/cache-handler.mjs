// Next's cache (ISR pages, unstable_cache data, tags), through @fortedigital/nextjs-cache-handler.
// With REDIS_URL, every app instance reads and writes one Redis, so a publish on one instance
// (revalidateTag) is what the others serve next. Without it, or while Redis cannot be reached at
// start, each instance keeps its cache in memory, as a single server always has.
// Decided when the server starts, not at build, so one build (or image) serves both set-ups.
// Plain JavaScript: Next imports this file itself at run time.
import { CacheHandler } from '@fortedigital/nextjs-cache-handler'
import createLruHandler from '@fortedigital/nextjs-cache-handler/local-lru'
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings'
import { PHASE_PRODUCTION_BUILD } from 'next/constants.js'
import { createClient } from 'redis'

import { isMiss } from './lib/cache/misses.mjs'
import { contentTags, surrogateHeaders, tagsExpired } from './lib/cache/surrogateKeys.mjs'

const log = (line) => console.log(`[cache] ${line}`)

/** A client whose first connection gives up after two tries; later drops retry for ever. */
async function connectRedis(url) {
  let connectedOnce = false
  const client = createClient({
    url,
    pingInterval: 10_000,
    socket: {
      connectTimeout: 2_000,
      reconnectStrategy: (attempt, cause) =>
        connectedOnce ? Math.min(attempt * 200, 2_000) : attempt >= 2 ? cause : 200,
    },
  })
  client.on('ready', () => (connectedOnce = true))
  client.on('error', (error) => console.warn(`[cache] Redis: ${error.message}`))
  try {
    await client.connect()
    return client
  } catch (error) {
    console.warn(`[cache] Redis at REDIS_URL unreachable (${error.message}); caching in memory`)
    try {
      client.destroy()
    } catch {
      // Already closed.
    }
    return undefined
  }
}

let handlers
CacheHandler.onCreation(async ({ buildId }) => {
  handlers ??= (async () => {
    const url = process.env.REDIS_URL
    // `next build` prerenders nothing from the database and must not need Redis.
    if (!url || process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD) {
      return { handlers: [createLruHandler()] }
    }
    const client = await connectRedis(url)
    if (!client) return { handlers: [createLruHandler()] }
    log('sharing the page cache through Redis')
    // Each build has its own keys: a new deploy never serves pages that point at old JS chunks.
    const keyPrefix = `guide:${buildId ?? 'dev'}:`
    return { handlers: [createRedisHandler({ client, keyPrefix, timeoutMs: 1_000 })] }
  })()
  return handlers
})

/**
 * Next's handler, and two things a proxy in front needs (deploy/varnish):
 * - a page or route names the content tags it was built from (Surrogate-Key, Cache-Tag),
 *   and a page says it varies by Accept (its Markdown twin);
 *   Next drops its own `x-next-cache-tags` outside Vercel, but sends a stored entry's other
 *   headers; the entry is stored before its first response is sent, so that one has them too.
 *   Draft responses are never stored, so they never carry tags;
 * - a miss (src/lib/cache/misses.mjs: a 404, or a lookup of a slug nobody published) is tagged
 *   but not stored: no number of them can evict a page here, and a proxy or CDN that keeps the
 *   404 drops it when that address is published;
 * - the proxies are purged once Next's cache has dropped a tag, not before: Next expires tags
 *   when the request that revalidated them ends, and a proxy purged earlier could fetch the old
 *   page again and keep it.
 */
class TaggingCacheHandler extends CacheHandler {
  async set(key, data, ctx) {
    if ((data?.kind === 'APP_PAGE' || data?.kind === 'APP_ROUTE') && data.headers) {
      Object.assign(data.headers, surrogateHeaders(contentTags(data.headers['x-next-cache-tags'])))
    }
    // A page shares its URL with its Markdown twin (Accept: text/markdown, see proxy.ts), so a
    // shared cache must key it by Accept. Next sends a stored page's headers with it, but not a
    // Vary from next.config.ts.
    if (data?.kind === 'APP_PAGE' && data.headers && !/\baccept\b/i.test(data.headers.vary ?? '')) {
      data.headers.vary = data.headers.vary ? `${data.headers.vary}, Accept` : 'Accept'
    }
    if (isMiss(data)) return
    // The handler files a page under the tags its headers name, but a route (a reader's page, a
    // Markdown twin) under the tags Next hands it, which are none: another instance's publish
    // would never reach it through Redis. File a route under its headers' tags as well.
    if (data?.kind === 'APP_ROUTE' && data.headers) {
      const named = String(data.headers['x-next-cache-tags'] ?? '')
        .split(',')
        .map((tag) => tag.trim())
        .filter(Boolean)
      ctx = { ...ctx, tags: [...new Set([...(ctx?.tags ?? []), ...named])] }
    }
    return super.set(key, data, ctx)
  }

  async revalidateTag(tag, ...rest) {
    await super.revalidateTag(tag, ...rest)
    tagsExpired(typeof tag === 'string' ? [tag] : tag)
  }
}

export default TaggingCacheHandler
