// `npm run bench`, readers' own weights (`?w=`): what 10,000 random weightings cost the caches in
// front of the app. Weighted answers are rendered per request from the cached guide and never
// stored (Cache-Control: private, no-store), and a non-canonical value is first redirected to its
// canonical form: so Varnish's object count must not grow with them. Also the gzipped bytes of
// the one script that re-ranks in the browser.
import { gzipSync } from 'node:zlib'

import { progress } from './benchKit'
import type { Varnish } from './varnish'

const VARIANTS = Number(process.env.BENCH_WEIGHT_VARIANTS ?? 10_000)
const CONCURRENCY = 16
const SLUGS = ['ai-buildability', 'ownership', 'batteries', 'performance', 'ecosystem-maturity']

/** A reader's `w`, as sent by hand, by the form, or by someone trying to fill the cache. */
function randomW(random: () => number): string {
  const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)]!
  const pairs = Array.from({ length: 1 + Math.floor(random() * 6) }, () => {
    const slug = random() < 0.9 ? pick(SLUGS) : `x${Math.floor(random() * 1e9)}`
    const value = random() < 0.8 ? String(Math.floor(random() * 8) - 1) : `${random() * 100}`
    return `${slug}:${value}`
  })
  return encodeURIComponent(pairs.join(','))
}

/** A small seeded generator: the same 10,000 values on every run. */
function mulberry32(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export async function weightedVariants(varnish: Varnish, guidePath = '/') {
  const random = mulberry32(22)
  const urls = Array.from(
    { length: VARIANTS },
    () => `${varnish.url}${guidePath}?w=${randomW(random)}`,
  )
  const before = varnish.stats()
  const statuses: Record<string, number> = {}
  const canonical = new Set<string>()
  let next = 0
  progress(`weights: ${VARIANTS} random ?w= values through Varnish`)
  const started = Date.now()
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < urls.length) {
        const url = urls[next++]!
        const response = await fetch(url, { redirect: 'manual' })
        await response.arrayBuffer()
        statuses[response.status] = (statuses[response.status] ?? 0) + 1
        const location = response.headers.get('location')
        if (location) canonical.add(new URL(location, url).search)
      }
    }),
  )
  const after = await settled(varnish, before, VARIANTS)
  const delta = (name: string) => (after[name] ?? 0) - (before[name] ?? 0)
  return {
    requests: VARIANTS,
    seconds: Math.round((Date.now() - started) / 100) / 10,
    statuses,
    distinctCanonicalRedirects: canonical.size,
    varnishObjectsAdded: delta('MAIN.n_object'),
    varnishObjectsNow: after['MAIN.n_object'] ?? 0,
    appRequests: delta('MAIN.backend_req'),
  }
}

/**
 * varnishstat's counters once they have caught up: Varnish publishes them lazily, and right after
 * a burst n_object still counts the pass responses it has delivered but not yet freed (measured:
 * 443 "objects" after 500 passes, 0 a few seconds later). Waits until every request is counted and
 * the object count holds still for two readings a second apart (at most 30 s).
 */
async function settled(varnish: Varnish, before: Record<string, number>, requests: number) {
  let last = varnish.stats()
  for (let waited = 0; waited < 30; waited++) {
    await new Promise((resolve) => setTimeout(resolve, 1000))
    const now = varnish.stats()
    const counted = (now['MAIN.client_req'] ?? 0) - (before['MAIN.client_req'] ?? 0) >= requests
    if (counted && now['MAIN.n_object'] === last['MAIN.n_object']) return now
    last = now
  }
  return last
}

/** The gzipped bytes of each script of our own the guide page loads (not Next's chunks). */
export async function ownScripts(base: string, guidePath = '/') {
  const html = await (await fetch(`${base}${guidePath}`)).text()
  const srcs = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)]
    .map((match) => match[1]!)
    .filter((src) => !src.startsWith('/_next/'))
  const sizes: Record<string, number> = {}
  for (const src of new Set(srcs)) {
    sizes[src] = gzipSync(Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer())).length
  }
  return sizes
}
