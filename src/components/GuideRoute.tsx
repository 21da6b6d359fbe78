import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { guideMetadata } from '@/lib/seo/metadata'
import { canPreview, releasePreview } from '@/lib/preview/access'
import { getReleaseGuide } from '@/lib/releases/releaseGuide'
import { getDraftGuide, getPublishedGuide } from '@/lib/content/guide'
import { getSiteSettings } from '@/lib/content/site'

import { GuideArticle } from './GuideArticle'
import { SiteFrame } from './SiteFrame'

/**
 * Published from the cache for readers; latest drafts for a CMS user or a share-link holder; a
 * release's content over what is published for whoever previews that release.
 */
async function loadGuide(slug: string) {
  const release = await releasePreview()
  if (release !== undefined) return { guide: await getReleaseGuide(slug, release), preview: true }
  const preview = await canPreview('guides', slug)
  const guide = preview ? await getDraftGuide(slug) : await getPublishedGuide(slug)
  return { guide, preview }
}

export async function guideRouteMetadata(slug: string | null): Promise<Metadata> {
  if (!slug) return {}
  const { guide, preview } = await loadGuide(slug)
  if (!guide) return {}
  const metadata = guideMetadata(guide, await getSiteSettings())
  if (preview) metadata.robots = { index: false, follow: false }
  return metadata
}

export async function GuideRoute({ slug, path }: { slug: string | null; path: string }) {
  if (!slug) notFound()
  const [{ guide, preview }, site] = await Promise.all([loadGuide(slug), getSiteSettings()])
  if (!guide) notFound()
  return (
    <SiteFrame path={path} preview={preview}>
      <GuideArticle guide={guide} site={site} path={path} />
    </SiteFrame>
  )
}
