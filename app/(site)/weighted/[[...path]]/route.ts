import { guideView } from '@/components/GuideRoute'
import { notFoundView } from '@/components/SiteView'
import { isSlug } from '@/fields/slug'
import { getPublishedGuide } from '@/lib/content/guide'
import { getSiteSettings } from '@/lib/content/site'
import { env } from '@/lib/env'
import { PRIVATE_HEADERS } from '@/lib/http/responses'
import { readerResponse } from '@/lib/render/readerResponse'
import { scorecardView } from '@/lib/scorecard/view'

// A guide under a reader's `?w=`, reached only through proxy.ts's rewrite of `/?w=…` and
// `/guides/<slug>?w=…`. Rendered per request from the cached guide (no database query) and never
// stored: a hostile reader's endless `w` variants create no cache entry, while the guide's own URL
// stays one static page for everyone. A reader's page like any other: no framework script.
export const dynamic = 'force-dynamic'

type Context = { params: Promise<{ path?: string[] }> }

/** The guide a rewritten path shows, and the reader-facing path it came from. */
async function target(segments: string[]): Promise<{ slug: string; path: string } | undefined> {
  if (segments.length === 0) {
    const home = (await getSiteSettings()).homeGuideSlug
    return home ? { slug: home, path: '/' } : undefined
  }
  const [first, slug] = segments
  if (segments.length === 2 && first === 'guides' && slug && isSlug(slug)) {
    return { slug, path: `/guides/${slug}` }
  }
  return undefined
}

const moved = (location: string) =>
  new Response(null, {
    status: 307,
    headers: { Location: new URL(location, env.SITE_URL).href, ...PRIVATE_HEADERS },
  })

export async function GET(request: Request, { params }: Context) {
  const found = await target((await params).path ?? [])
  const guide = found && (await getPublishedGuide(found.slug))
  if (!found || !guide) return readerResponse(await notFoundView(), 404, PRIVATE_HEADERS)
  const query = new URL(request.url).searchParams
  const w = query.getAll('w')
  const view = scorecardView(guide, w.length === 1 ? w[0] : w)
  // Our own weights, however spelled (or none of them readable): the one static page.
  if (!view || view.canonical === '') return moved(found.path)
  // One URL per weighting, so a shared or bookmarked link is always the same: any other spelling
  // (a no-JS form's `w=a:1&w=b:2`, extra parameters, clamped values) moves to it.
  if ([...query.keys()].length !== 1 || w.length !== 1 || w[0] !== view.canonical) {
    return moved(`${found.path}?w=${view.canonical}`)
  }
  const page = await guideView(found.slug, found.path, 'reader', view.canonical)
  if (!page) return readerResponse(await notFoundView(), 404, PRIVATE_HEADERS)
  return readerResponse(page, 200, PRIVATE_HEADERS)
}
