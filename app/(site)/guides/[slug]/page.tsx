import type { Metadata } from 'next'

import { GuideRoute, guideRouteMetadata } from '@/components/GuideRoute'

// Nothing is prerendered at build (no database needed); each guide is cached on first request.
export const revalidate = false
export const generateStaticParams = () => []

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return guideRouteMetadata((await params).slug)
}

export default async function GuidePage({ params }: Props) {
  const { slug } = await params
  return <GuideRoute slug={slug} path={`/guides/${slug}`} />
}
