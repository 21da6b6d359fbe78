import { guidePath, pagePath } from '@/lib/content/urls'
import { relationId } from '@/lib/content/relationId'
import { payloadClient } from '@/lib/payload'

/** Each live path of the site, with the slugs of the frameworks ranked there (guides only). */
export type LivePaths = Map<string, ReadonlySet<string>>

/** How long the set serves before it is read again: a publish shows up within this. */
const FRESH_MS = 30_000
/** A path not in the set is looked up again at most this often (a page just published). */
const RECHECK_MS = 5_000

let cached: { paths: LivePaths; at: number } | undefined
let reading: Promise<LivePaths> | undefined

/** The live paths, read as an anonymous reader would: published guides and pages only. */
async function readLivePaths(): Promise<LivePaths> {
  const payload = await payloadClient()
  const [site, guides, pages] = await Promise.all([
    payload.findGlobal({ slug: 'site', depth: 0, overrideAccess: false }),
    payload.find({
      collection: 'guides',
      draft: false,
      overrideAccess: false,
      pagination: false,
      depth: 1,
      select: { slug: true, ranking: true },
      populate: { frameworks: { slug: true } },
    }),
    payload.find({
      collection: 'pages',
      draft: false,
      overrideAccess: false,
      pagination: false,
      depth: 0,
      select: { slug: true },
    }),
  ])
  const homeId = relationId(site.homeGuide)
  const home = guides.docs.find((guide) => guide.id === homeId)
  const paths: LivePaths = new Map([['/guides', new Set<string>()]])
  for (const guide of guides.docs) {
    const ranked = (guide.ranking ?? []).flatMap((row) =>
      typeof row.framework === 'object' && row.framework ? [row.framework.slug] : [],
    )
    paths.set(guidePath(guide.slug, home?.slug ?? null), new Set(ranked))
  }
  for (const page of pages.docs) paths.set(pagePath(page.slug), new Set())
  return paths
}

function refresh(): Promise<LivePaths> {
  reading ??= readLivePaths()
    .then((paths) => {
      cached = { paths, at: Date.now() }
      return paths
    })
    .finally(() => {
      reading = undefined
    })
  return reading
}

/**
 * The live paths, from memory: the request path reads the database at most once per
 * RECHECK_MS, however many beacons name a path that is not (or not yet) live.
 */
export async function livePaths(path?: string): Promise<LivePaths> {
  const age = cached ? Date.now() - cached.at : Infinity
  if (!cached || age > FRESH_MS) return refresh()
  if (path !== undefined && !cached.paths.has(path) && age > RECHECK_MS) return refresh()
  return cached.paths
}

/** Forgets the set (tests that publish and beacon at once). */
export function forgetLivePaths(): void {
  cached = undefined
}
