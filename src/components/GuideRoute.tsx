import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { guideMetadata } from '@/lib/guideMetadata'
import { canPreviewGuide } from '@/lib/previewAccess'
import { getDraftGuide, getPublishedGuide } from '@/lib/queries/guide'

import { GuideArticle } from './GuideArticle'
import { PreviewBanner } from './PreviewBanner'

/** Published from the cache for readers; latest drafts for a CMS user or a share-link holder. */
async function loadGuide(slug: string) {
  const preview = await canPreviewGuide(slug)
  const guide = preview ? await getDraftGuide(slug) : await getPublishedGuide(slug)
  return { guide, preview }
}

export async function guideRouteMetadata(slug: string | null): Promise<Metadata> {
  const guide = slug ? (await loadGuide(slug)).guide : null
  return guide ? guideMetadata(guide) : {}
}

export async function GuideRoute({ slug, path }: { slug: string | null; path: string }) {
  if (!slug) notFound()
  const { guide, preview } = await loadGuide(slug)
  if (!guide) notFound()
  return (
    <>
      {preview ? <PreviewBanner path={path} /> : null}
      <GuideArticle guide={guide} />
    </>
  )
}
