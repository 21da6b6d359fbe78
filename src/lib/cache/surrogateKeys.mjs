// Content tags on responses, for caches that purge by tag: Varnish (xkey, fed from Surrogate-Key),
// Fastly (Surrogate-Key, space-separated) and Cloudflare (Cache-Tag, comma-separated).
// Plain JavaScript: src/cache-handler.mjs, which Next loads itself at run time, uses it too.

/** Next's own implicit tags (`_N_T_/guides/x`, one per path and layout) are not content. */
const IMPLICIT_TAG_PREFIX = '_N_T_'

/**
 * The content tags among the tags Next collected while rendering (`x-next-cache-tags`, comma
 * separated): the names src/lib/cache/tags.ts makes, in the order they were read.
 * @param {string | string[] | undefined} collected
 * @returns {string[]}
 */
export function contentTags(collected) {
  const list = Array.isArray(collected) ? collected : (collected ?? '').split(',')
  const tags = list.map((tag) => tag.trim()).filter(Boolean)
  return [...new Set(tags.filter((tag) => !tag.startsWith(IMPLICIT_TAG_PREFIX)))]
}

/**
 * The response headers that carry `tags`; none for no tags.
 * @param {string[]} tags
 * @returns {Record<string, string>}
 */
export function surrogateHeaders(tags) {
  if (tags.length === 0) return {}
  return { 'surrogate-key': tags.join(' '), 'cache-tag': tags.join(',') }
}

const TAGS_EXPIRED = Symbol.for('guide.cache.tagsExpired')

/**
 * Called by the cache handler once Next's own cache has dropped `tags` (shared through Redis, so
 * for every instance): only then may a proxy fetch the page again and get the new one.
 * @param {string[]} tags
 */
export function tagsExpired(tags) {
  const listener = /** @type {((tags: string[]) => void) | undefined} */ (globalThis[TAGS_EXPIRED])
  listener?.(contentTags(tags))
}

/**
 * Registers the one listener for tagsExpired (the purge client); it replaces any before it.
 * @param {(tags: string[]) => void} listener
 */
export function onTagsExpired(listener) {
  ;/** @type {Record<symbol, unknown>} */ (globalThis)[TAGS_EXPIRED] = listener
}

/**
 * `response` with the tags it was built from, for a route Next does not cache itself.
 * @template {Response} R
 * @param {R} response
 * @param {string[]} tags
 * @returns {R}
 */
export function tagged(response, tags) {
  for (const [name, value] of Object.entries(surrogateHeaders(contentTags(tags)))) {
    response.headers.set(name, value)
  }
  return response
}
