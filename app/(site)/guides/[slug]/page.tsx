import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { GuideArticle } from '@/components/GuideArticle'
import { guideMetadata } from '@/lib/guideMetadata'
import { getGuideBySlug } from '@/lib/queries/guide'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const guide = await getGuideBySlug((await params).slug)
  return guide ? guideMetadata(guide) : {}
}

export default async function GuidePage({ params }: Props) {
  const guide = await getGuideBySlug((await params).slug)
  if (!guide) notFound()
  return <GuideArticle guide={guide} />
}
