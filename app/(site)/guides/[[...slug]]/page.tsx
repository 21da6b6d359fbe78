import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { GuideRoute, guideRouteMetadata } from '@/components/GuideRoute'
import { GuidesIndex, guidesIndexMetadata } from '@/components/GuidesIndex'
import { isSlug } from '@/fields/slug'

// One optional catch-all for the index and each guide: with no static params, `next build`
// prerenders nothing (no database needed); each is cached on first request, expired by tag.
export const revalidate = false
export const generateStaticParams = () => []

type Props = { params: Promise<{ slug?: string[] }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const slug = (await params).slug
  if (!slug) return guidesIndexMetadata()
  return slug.length === 1 && slug[0] && isSlug(slug[0]) ? guideRouteMetadata(slug[0]) : {}
}

/** /guides lists the published guides; /guides/<slug> is one of them. */
export default async function GuidesPage({ params }: Props) {
  const slug = (await params).slug
  if (!slug) return <GuidesIndex />
  // Anything that cannot be a slug is not found, with no lookup (and no cache entry) for it.
  if (slug.length !== 1 || !slug[0] || !isSlug(slug[0])) notFound()
  return <GuideRoute slug={slug[0]} path={`/guides/${slug[0]}`} />
}
