import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { GuideRoute, guideRouteMetadata } from '@/components/GuideRoute'
import { PageRoute, pageRouteMetadata } from '@/components/PageRoute'
import { isSlug } from '@/fields/slug'
import { getSiteSettings } from '@/lib/content/site'

// An optional catch-all rather than page.tsx: with no static params, `next build` prerenders
// nothing, so it needs no database. Pages are cached on first request and expired by tag.
export const revalidate = false
export const generateStaticParams = () => []

type Props = { params: Promise<{ home?: string[] }> }

/** `/` is the guide chosen in the site global, `/<slug>` a page; anything deeper is not found. */
async function route({ params }: Props) {
  const segments = (await params).home ?? []
  if (segments.length === 0) return { guide: (await getSiteSettings()).homeGuideSlug }
  // Anything that cannot be a slug is not found, with no lookup (and no cache entry) for it.
  if (segments.length === 1 && segments[0] && isSlug(segments[0])) return { page: segments[0] }
  return {}
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { guide, page } = await route(props)
  if (page) return pageRouteMetadata(page)
  return guideRouteMetadata(guide ?? null)
}

export default async function SitePage(props: Props) {
  const { guide, page } = await route(props)
  if (page) return <PageRoute slug={page} />
  if (guide === undefined) notFound()
  return <GuideRoute slug={guide} path="/" />
}
