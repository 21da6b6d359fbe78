import { AsyncLocalStorage } from 'node:async_hooks'

// What a Next server has in place before the site's code runs, for int tests that render through
// that code (twins, feeds) without a server. Import this module first: Next's modules read the
// global when they load, as next/dist/server/node-environment-baseline.js provides it.
const runtime = globalThis as { AsyncLocalStorage?: unknown; __incrementalCache?: unknown }
runtime.AsyncLocalStorage ??= AsyncLocalStorage

/**
 * Outside a Next server, unstable_cache finds no data cache and throws. This one keeps nothing:
 * every read goes to Postgres, as the first request after a publish does. Returns its removal.
 */
export function withoutDataCache(): () => void {
  runtime.__incrementalCache = {
    isOnDemandRevalidate: false,
    generateSimpleCacheKey: (key: string) => Promise.resolve(key),
    get: () => Promise.resolve(null),
    set: () => Promise.resolve(),
  }
  return () => delete runtime.__incrementalCache
}
