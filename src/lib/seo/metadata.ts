import type { Metadata } from 'next'

import type { GuideView } from '@/lib/content/guide'
import type { SiteSettings } from '@/lib/content/site'
import { guideImageUrl, guideUrl } from '@/lib/content/urls'

/** The guide's description for search and sharing: its SEO description, else its dek. */
export const guideDescription = (guide: GuideView) => guide.meta?.description || guide.dek

/** Title, description, canonical URL, Open Graph and Twitter cards, all from the CMS. */
export function guideMetadata(guide: GuideView, site: SiteSettings): Metadata {
  const title = guide.meta?.title || guide.title
  const description = guideDescription(guide)
  const url = guideUrl(guide.slug, site.homeGuideSlug)
  const image = { url: guideImageUrl(guide.slug), width: 1200, height: 630, alt: guide.title }
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: {
      type: 'article',
      url,
      title,
      description,
      siteName: site.publisher.name,
      modifiedTime: guide.lastUpdated,
      images: [image],
    },
    twitter: { card: 'summary_large_image', title, description, images: [image.url] },
  }
}
