/** A redirect as stored: from a path, to a document (by its key) or to a URL. */
export type StoredRedirect = {
  from: string
  to: { key: string } | { url: string }
  status: 301 | 302
}

export type RedirectTable = Record<string, { location: string; status: 301 | 302 }>

/** `/a/b/` and `/a/b` are one address; the query and fragment are not part of it. */
export const normalizePath = (path: string) => {
  const bare = path.split(/[?#]/)[0] ?? ''
  return bare.length > 1 ? bare.replace(/\/+$/, '') : bare
}

/**
 * Each redirect resolved to its final destination, so a reader takes one hop however the
 * redirects chain. A redirect to a document follows its current address and is dropped while
 * it is unpublished; one from a live address is dropped (the document wins); a loop is dropped
 * (saving one is refused: see `loopThrough`). A chain is permanent only if every hop is.
 */
export function buildRedirectTable(
  redirects: StoredRedirect[],
  addressOf: (key: string) => string | undefined,
  liveAddresses: Set<string>,
): RedirectTable {
  const byFrom = new Map(redirects.map((r) => [normalizePath(r.from), r]))
  const table: RedirectTable = {}
  for (const [from] of byFrom) {
    if (liveAddresses.has(from)) continue
    const seen = new Set<string>([from])
    let current = byFrom.get(from)
    let status: 301 | 302 = 301
    let location: string | undefined
    while (current) {
      if (current.status === 302) status = 302
      location = 'key' in current.to ? addressOf(current.to.key) : current.to.url
      if (location === undefined) break
      const next = normalizePath(location)
      if (!location.startsWith('/') || liveAddresses.has(next) || !byFrom.has(next)) break
      if (seen.has(next)) {
        location = undefined
        break
      }
      seen.add(next)
      current = byFrom.get(next)
    }
    if (location !== undefined && normalizePath(location) !== from)
      table[from] = { location, status }
  }
  return table
}

/** The loop a new or changed redirect would close, as the list of paths, or undefined. */
export function loopThrough(
  redirects: StoredRedirect[],
  changed: StoredRedirect,
  addressOf: (key: string) => string | undefined,
): string[] | undefined {
  const from = normalizePath(changed.from)
  const byFrom = new Map(redirects.map((r) => [normalizePath(r.from), r]))
  byFrom.set(from, changed)
  const path = [from]
  let current: StoredRedirect | undefined = changed
  while (current) {
    const location = 'key' in current.to ? addressOf(current.to.key) : current.to.url
    if (location === undefined || !location.startsWith('/')) return undefined
    const next = normalizePath(location)
    path.push(next)
    if (next === from) return path
    if (path.indexOf(next) < path.length - 1) return undefined
    current = byFrom.get(next)
  }
  return undefined
}
