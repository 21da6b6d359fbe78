import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { GuideArticle } from '@/components/GuideArticle'
import { guideMetadata } from '@/lib/guideMetadata'
import { getGuideBySlug, getHomeGuideSlug } from '@/lib/queries/guide'

export const dynamic = 'force-dynamic'

async function homeGuide() {
  const slug = await getHomeGuideSlug()
  return slug ? getGuideBySlug(slug) : null
}

export async function generateMetadata(): Promise<Metadata> {
  const guide = await homeGuide()
  return guide ? guideMetadata(guide) : {}
}

export default async function HomePage() {
  const guide = await homeGuide()
  if (!guide) notFound()
  return <GuideArticle guide={guide} />
}
