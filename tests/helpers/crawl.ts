import { parseLlmsTxt } from './markdown'

/** What the crawl found wrong: each internal link that does not end in a 200. */
export type BrokenLink = { from: string; href: string; status: number; location?: string }

/** Each body the crawl reads, with its path: pages, twins, feeds, the sitemap, /llms.txt. */
export type Reader = (path: string, body: string) => void

/**
 * Crawls the published site from its sitemap (and the guides index): fetches every page once and
 * follows every internal `href` on it, its Markdown twin's and Atom feed's included. Every link
 * /llms.txt lists is checked too. A link is sound when it answers 200, or 301/308 to a page that
 * answers 200. Anything else is reported with the page it was found on. `read` gets every body
 * that answered 200; `start` adds paths to begin from.
 */
export async function crawlSite(
  baseURL: string,
  { read, start = [] }: { read?: Reader; start?: string[] } = {},
): Promise<{ pages: number; broken: BrokenLink[] }> {
  const origin = new URL(baseURL).origin
  const sitemap = await (await fetch(`${origin}/sitemap.xml`)).text()
  read?.('/sitemap.xml', sitemap)
  const queue = [
    ...[...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname),
    ...start,
  ]
  const status = new Map<string, { status: number; location?: string }>()
  const broken: BrokenLink[] = []
  const visited = new Set<string>()

  const check = async (path: string) => {
    const known = status.get(path)
    if (known) return known
    const response = await fetch(`${origin}${path}`, { redirect: 'manual' })
    let result: { status: number; location?: string } = { status: response.status }
    if (response.status === 301 || response.status === 308) {
      const location = new URL(response.headers.get('location') ?? '', `${origin}${path}`)
      const final = await fetch(location, { redirect: 'manual' })
      result = { status: final.status === 200 ? 200 : final.status, location: location.pathname }
      if (read && final.status === 200) read(location.pathname, await final.text())
      else await final.body?.cancel()
    }
    if (read && response.status === 200) read(path, await response.text())
    else await response.body?.cancel()
    status.set(path, result)
    return result
  }

  while (queue.length > 0) {
    const path = queue.shift()!
    if (visited.has(path)) continue
    visited.add(path)
    const response = await fetch(`${origin}${path}`)
    if (response.status !== 200) {
      broken.push({ from: '(sitemap)', href: path, status: response.status })
      continue
    }
    const html = await response.text()
    read?.(path, html)
    for (const match of html.matchAll(/<(?:a|link)\b[^>]*\shref="([^"]*)"/g)) {
      const alternate = /type="(text\/markdown|application\/atom\+xml)"/.test(match[0])
      if (match[0].startsWith('<link') && !alternate) continue
      const href = match[1]!.replace(/&amp;/g, '&')
      const url = new URL(href, `${origin}${path}`)
      if (url.origin !== origin) continue
      const target = url.pathname + url.search
      const result = await check(target)
      if (result.status !== 200) broken.push({ from: path, href, ...result })
      // Pages the site links to are crawled too, so nothing reachable goes unchecked.
      else if (
        !url.search &&
        !url.pathname.endsWith('.md') &&
        !visited.has(url.pathname) &&
        result.location === undefined
      ) {
        queue.push(url.pathname)
      }
    }
  }
  const llmsTxt = await (await fetch(`${origin}/llms.txt`)).text()
  read?.('/llms.txt', llmsTxt)
  const llms = parseLlmsTxt(llmsTxt)
  for (const { url } of llms.sections.flatMap((section) => section.links)) {
    const link = new URL(url)
    const result = link.origin === origin ? await check(link.pathname + link.search) : { status: 0 }
    if (result.status !== 200) broken.push({ from: '/llms.txt', href: url, ...result })
  }
  return { pages: visited.size, broken }
}

/**
 * Where on the public site, as an anonymous reader or crawler reads it, each of `markers` shows:
 * every page the crawl reaches, their twins and feeds, the sitemap, /llms.txt and what it lists.
 */
export async function markersOnSite(
  baseURL: string,
  markers: string[],
  start: string[] = [],
): Promise<{ path: string; marker: string }[]> {
  const found: { path: string; marker: string }[] = []
  const read: Reader = (path, body) => {
    for (const marker of markers) if (body.includes(marker)) found.push({ path, marker })
  }
  await crawlSite(baseURL, { read, start })
  return found
}
