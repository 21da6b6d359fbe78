import type { Metadata } from 'next'
import { notFound, redirect } from 'next/navigation'

import { GuideArticle } from '@/components/GuideArticle'
import { SiteFrame } from '@/components/SiteFrame'
import { isSlug } from '@/fields/slug'
import { getPublishedGuide } from '@/lib/content/guide'
import { getSiteSettings } from '@/lib/content/site'
import { scorecardView } from '@/lib/scorecard/view'
import { guideMetadata } from '@/lib/seo/metadata'

// A guide under a reader's `?w=`, reached only through proxy.ts's rewrite of `/?w=…` and
// `/guides/<slug>?w=…`. Rendered per request from the cached guide (no database query) and never
// stored: a hostile reader's endless `w` variants create no cache entry (proxy.ts marks the
// answer private, no-store), while the guide's own URL stays one static page for everyone.
export const dynamic = 'force-dynamic'

type Props = {
  params: Promise<{ path?: string[] }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

/** The guide a rewritten path shows, and the reader-facing path it came from. */
async function target({ params }: Props): Promise<{ slug: string; path: string } | undefined> {
  const segments = (await params).path ?? []
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

export async function generateMetadata(props: Props): Promise<Metadata> {
  const found = await target(props)
  const guide = found && (await getPublishedGuide(found.slug))
  if (!guide) return {}
  // Its canonical URL stays the guide's own: a reader's weighting is not a page of its own.
  return { ...guideMetadata(guide, await getSiteSettings()), robots: { index: false } }
}

export default async function WeightedGuidePage(props: Props) {
  const found = await target(props)
  if (!found) notFound()
  const [guide, site, query] = await Promise.all([
    getPublishedGuide(found.slug),
    getSiteSettings(),
    props.searchParams,
  ])
  if (!guide) notFound()
  const view = scorecardView(guide, query.w)
  // Our own weights, however spelled (or none of them readable): the one static page.
  if (!view || view.canonical === '') redirect(found.path)
  // One URL per weighting, so a shared or bookmarked link is always the same: any other spelling
  // (a no-JS form's `w=a:1&w=b:2`, extra parameters, clamped values) moves to it.
  const keys = Object.keys(query)
  if (keys.length !== 1 || query.w !== view.canonical) {
    redirect(`${found.path}?w=${view.canonical}`)
  }
  return (
    <SiteFrame path={found.path}>
      <GuideArticle guide={guide} site={site} path={found.path} w={view.canonical} />
    </SiteFrame>
  )
}
