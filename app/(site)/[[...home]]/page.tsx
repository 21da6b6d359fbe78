import type { Metadata } from 'next'

import { GuideRoute, guideRouteMetadata } from '@/components/GuideRoute'
import { getSiteSettings } from '@/lib/content/site'

// An optional catch-all rather than page.tsx: with no static params, `next build` prerenders
// nothing, so it needs no database. Pages are cached on first request and expired by tag.
export const revalidate = false
export const generateStaticParams = () => []

type Props = { params: Promise<{ home?: string[] }> }

/** `/` is the guide chosen in the site global; any other path here is not found. */
async function homeSlug({ params }: Props) {
  return (await params).home ? null : (await getSiteSettings()).homeGuideSlug
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  return guideRouteMetadata(await homeSlug(props))
}

export default async function HomePage(props: Props) {
  return <GuideRoute slug={await homeSlug(props)} path="/" />
}
