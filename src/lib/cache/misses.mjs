// Which entries Next's cache must not keep. Anyone can ask for any number of addresses that do
// not exist; if each answer were kept, they would push the real pages out of the in-memory LRU
// (@fortedigital/nextjs-cache-handler's local-lru holds 1,000 entries) and grow Redis for ever.
// A miss is rendered again each time instead: what its first request cost, never more. A bounded
// store of misses of their own would not do in a cluster: an instance would keep its 404 after
// another instance published that address, since tag expiry reaches only the shared store.
// Plain JavaScript: src/cache-handler.mjs, which Next loads itself at run time, uses it.

/**
 * Whether `value`, an entry Next hands the cache handler, says "nothing here": a page or route
 * that answered 4xx (`notFound()`, a route's own 404), or a data-cache read (`unstable_cache`)
 * that found no document: getPublishedGuide and getPublishedPage return null for an unknown slug,
 * and their keys are made from the URL, so there are as many as readers care to invent.
 * @param {unknown} value
 * @returns {boolean}
 */
export function isMiss(value) {
  if (typeof value !== 'object' || value === null) return false
  const entry = /** @type {{ kind?: string, status?: number, data?: { body?: string } }} */ (value)
  switch (entry.kind) {
    case 'APP_PAGE':
    case 'APP_ROUTE':
      return typeof entry.status === 'number' && entry.status >= 400
    case 'FETCH':
      // unstable_cache stores JSON.stringify(result): 'null', or no body at all for undefined.
      return entry.data?.body === undefined || entry.data.body === 'null'
    default:
      return false
  }
}
