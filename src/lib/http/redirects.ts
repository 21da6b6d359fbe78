import type { RedirectTable } from '@/lib/content/redirectTable'

import { reservedBy } from './reservedPaths'
import { safeLocation, sourcePath } from './sitePaths'

/** The route that serves the table (app/(site)/redirect-table/route.ts). */
export const REDIRECT_TABLE_PATH = '/redirect-table'

/** How old the proxy's copy may get before it asks again: the delay before a change is seen. */
export const REDIRECT_TABLE_TTL_MS = 250

let copy: { table: RedirectTable; at: number } | undefined
let pending: Promise<void> | undefined

/**
 * The proxy's copy of the redirect table, asked for at most every REDIRECT_TABLE_TTL_MS. The
 * route answers from Next's data cache, so readers cost no query; if it fails (2 s at most), the
 * last copy stays in use for another TTL (and until there is one, no path redirects).
 */
async function table(origin: string): Promise<RedirectTable> {
  if (!copy || Date.now() - copy.at > REDIRECT_TABLE_TTL_MS) {
    pending ??= fetch(`${origin}${REDIRECT_TABLE_PATH}`, { signal: AbortSignal.timeout(2000) })
      .then(async (response) => {
        if (response.ok) copy = { table: (await response.json()) as RedirectTable, at: Date.now() }
      })
      .catch(() => {
        if (copy) copy.at = Date.now()
      })
      .finally(() => {
        pending = undefined
      })
    // Requests wait for the fresh copy (one internal request per TTL, served from the cache),
    // so a redirect saved more than one TTL ago is always seen.
    await pending
  }
  return copy?.table ?? {}
}

/** `location` with the request's query, unless it has its own (before any `#anchor`). */
function withQuery(location: string, search: string): string {
  if (!search || location.includes('?')) return location
  const hash = location.indexOf('#')
  return hash === -1
    ? `${location}${search}`
    : `${location.slice(0, hash)}${search}${location.slice(hash)}`
}

/**
 * The Location a redirect sends, with the request's query kept, checked once more after the
 * query joins it: a path on this site or the http(s) URL an editor typed, percent-encoded (a
 * header holds ASCII only); undefined for anything else.
 */
export const redirectLocation = (location: string, search: string) =>
  safeLocation(withQuery(location, search))

/**
 * The redirect for a request's path, or undefined. The path is spelled as redirects are keyed
 * (sourcePath: `/caf%C3%A9` finds `/café`); a path the site answers itself never redirects.
 */
export async function redirectFor(
  origin: string,
  pathname: string,
  search: string,
): Promise<{ location: string; status: 301 | 302 } | undefined> {
  const source = sourcePath(pathname)
  if (!('path' in source) || reservedBy(source.path)) return undefined
  const hit = (await table(origin))[source.path]
  if (!hit) return undefined
  const location = redirectLocation(hit.location, search)
  return location === undefined ? undefined : { location, status: hit.status }
}
