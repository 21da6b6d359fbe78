import { getReleaseGuide } from '@/lib/releases/releaseGuide'
import { getDraftGuide, getPublishedGuide } from '@/lib/content/guide'
import { getSiteSettings } from '@/lib/content/site'
import { canPreview, releasePreview } from '@/lib/preview/access'
import { unindexed } from '@/lib/seo/head'
import { reviewerView } from '@/lib/review/reviewerView'
import { guideMetadata } from '@/lib/seo/metadata'

import { ReviewPanel } from './review/ReviewPanel'

import { GuideArticle } from './GuideArticle'
import { SiteFrame } from './SiteFrame'
import type { Audience, RouteView } from './RouteView'

/**
 * Published from the cache for readers; latest drafts for a CMS user or a share-link holder; a
 * release's content over what is published for whoever previews that release.
 */
async function loadGuide(slug: string, audience: Audience) {
  if (audience === 'reader') return { guide: await getPublishedGuide(slug), preview: false }
  const release = await releasePreview()
  if (release !== undefined) return { guide: await getReleaseGuide(slug, release), preview: true }
  const preview = await canPreview('guides', slug)
  const guide = preview ? await getDraftGuide(slug) : await getPublishedGuide(slug)
  return { guide, preview }
}

/**
 * A guide at `path`, or null where none is (published, or previewable by this request). `w` is a
 * reader's own weighting (the weighted route): its page keeps the guide's canonical URL and stays
 * out of search engines.
 */
export async function guideView(
  slug: string,
  path: string,
  audience: Audience,
  w?: string,
): Promise<RouteView | null> {
  const [{ guide, preview }, site] = await Promise.all([
    loadGuide(slug, audience),
    getSiteSettings(),
  ])
  if (!guide) return null
  const head = guideMetadata(guide, site)
  // A share link's holder reviews what it shows; nobody else's page reads any of it.
  const review = preview
    ? await reviewerView(path, { relationTo: 'guides', doc: guide })
    : undefined
  return {
    head: preview ? unindexed(head) : w ? unindexed(head, true) : head,
    body: (
      <SiteFrame path={path} preview={preview}>
        {review ? <ReviewPanel review={review} /> : null}
        <GuideArticle guide={guide} site={site} path={path} w={w} review={review} />
      </SiteFrame>
    ),
  }
}
