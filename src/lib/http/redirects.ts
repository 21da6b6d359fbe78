import type { RedirectTable } from '@/lib/content/redirectTable'
import { normalizePath } from '@/lib/content/redirectTable'

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

/** The redirect for a path, with the request's query kept, or undefined. */
export async function redirectFor(
  origin: string,
  pathname: string,
  search: string,
): Promise<{ location: string; status: 301 | 302 } | undefined> {
  const hit = (await table(origin))[normalizePath(pathname)]
  if (!hit) return undefined
  const target = search && !hit.location.includes('?') ? `${hit.location}${search}` : hit.location
  // A header holds visible ASCII only: anything else in a typed URL goes percent-encoded.
  const location = target.replace(/[^\x21-\x7e]/gu, (c) => encodeURIComponent(c))
  return { location, status: hit.status }
}
