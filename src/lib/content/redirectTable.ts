import { reservedBy } from '@/lib/http/reservedPaths'
import { pathOfLocation, safeLocation, sourcePath } from '@/lib/http/sitePaths'

/** A redirect as stored: from a path, to a document (by its key) or to a URL. */
export type StoredRedirect = {
  from: string
  to: { key: string } | { url: string }
  status: 301 | 302
}

export type RedirectTable = Record<string, { location: string; status: 301 | 302 }>

/** The redirects by source path (sourcePath's spelling), without any the site may not honour. */
function bySource(redirects: StoredRedirect[]): Map<string, StoredRedirect> {
  const map = new Map<string, StoredRedirect>()
  for (const redirect of redirects) {
    const source = sourcePath(redirect.from)
    // Saving such a one is refused; one stored before that rule is never served.
    if ('path' in source && !reservedBy(source.path)) map.set(source.path, redirect)
  }
  return map
}

/** Where a redirect leads, as a safe Location (see safeLocation), or undefined. */
const destination = (redirect: StoredRedirect, addressOf: (key: string) => string | undefined) => {
  const target = 'key' in redirect.to ? addressOf(redirect.to.key) : redirect.to.url
  return target === undefined ? undefined : safeLocation(target)
}

/**
 * Each redirect resolved to its final destination, so a reader takes one hop however the
 * redirects chain. A redirect to a document follows its current address and is dropped while
 * it is unpublished; one from a live address is dropped (the document wins), and so is one from
 * a path the site answers itself (reservedBy) or to a path that would leave the site; a loop is
 * dropped (saving one is refused: see `loopThrough`). A chain is permanent only if every hop is.
 */
export function buildRedirectTable(
  redirects: StoredRedirect[],
  addressOf: (key: string) => string | undefined,
  liveAddresses: Set<string>,
): RedirectTable {
  const byFrom = bySource(redirects)
  const table: RedirectTable = {}
  for (const [from] of byFrom) {
    if (liveAddresses.has(from)) continue
    const seen = new Set<string>([from])
    let current = byFrom.get(from)
    let status: 301 | 302 = 301
    let location: string | undefined
    while (current) {
      if (current.status === 302) status = 302
      location = destination(current, addressOf)
      if (location === undefined) break
      const next = pathOfLocation(location)
      if (next === undefined || liveAddresses.has(next) || !byFrom.has(next)) break
      if (seen.has(next)) {
        location = undefined
        break
      }
      seen.add(next)
      current = byFrom.get(next)
    }
    if (location !== undefined && pathOfLocation(location) !== from) {
      table[from] = { location, status }
    }
  }
  return table
}

/** The loop a new or changed redirect would close, as the list of paths, or undefined. */
export function loopThrough(
  redirects: StoredRedirect[],
  changed: StoredRedirect,
  addressOf: (key: string) => string | undefined,
): string[] | undefined {
  const source = sourcePath(changed.from)
  if (!('path' in source)) return undefined
  const from = source.path
  const byFrom = bySource(redirects)
  byFrom.set(from, changed)
  const path = [from]
  let current: StoredRedirect | undefined = changed
  while (current) {
    const location = destination(current, addressOf)
    const next = location === undefined ? undefined : pathOfLocation(location)
    if (next === undefined) return undefined
    path.push(next)
    if (next === from) return path
    if (path.indexOf(next) < path.length - 1) return undefined
    current = byFrom.get(next)
  }
  return undefined
}
