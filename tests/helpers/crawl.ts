import { parseLlmsTxt } from './markdown'

/** What the crawl found wrong: each internal link that does not end in a 200. */
export type BrokenLink = { from: string; href: string; status: number; location?: string }

/**
 * Crawls the published site from its sitemap (and the guides index): fetches every page once and
 * follows every internal `href` on it, its Markdown twin's included. Every link /llms.txt lists is
 * checked too. A link is sound when it answers 200, or 301/308 to a page that answers 200.
 * Anything else is reported with the page it was found on.
 */
export async function crawlSite(baseURL: string): Promise<{ pages: number; broken: BrokenLink[] }> {
  const origin = new URL(baseURL).origin
  const sitemap = await (await fetch(`${origin}/sitemap.xml`)).text()
  const queue = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname)
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
    }
    await response.body?.cancel()
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
    for (const match of html.matchAll(/<(?:a|link)\b[^>]*\shref="([^"]*)"/g)) {
      if (match[0].startsWith('<link') && !match[0].includes('type="text/markdown"')) continue
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
  const llms = parseLlmsTxt(await (await fetch(`${origin}/llms.txt`)).text())
  for (const { url } of llms.sections.flatMap((section) => section.links)) {
    const link = new URL(url)
    const result = link.origin === origin ? await check(link.pathname + link.search) : { status: 0 }
    if (result.status !== 200) broken.push({ from: '/llms.txt', href: url, ...result })
  }
  return { pages: visited.size, broken }
}
