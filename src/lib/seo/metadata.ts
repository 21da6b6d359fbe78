import type { Metadata } from 'next'

import type { GuideView } from '@/lib/content/guide'
import type { SiteSettings } from '@/lib/content/site'
import { guideImageUrl, guideUrl, pageImageUrl, pageUrl } from '@/lib/content/urls'
import type { Page } from '@/payload-types'

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

/** A page's description: its SEO description, else its standfirst. */
export const pageDescription = (page: Page) => page.meta?.description || page.dek || undefined

/** The same for a page; its own social image if it has one, else a generated card. */
export function pageMetadata(page: Page, site: SiteSettings): Metadata {
  const title = page.meta?.title || page.title
  const description = pageDescription(page)
  const url = pageUrl(page.slug)
  const own = typeof page.meta?.image === 'object' ? page.meta.image : null
  const image = own?.url
    ? {
        url: new URL(own.url, url).href,
        width: own.width ?? undefined,
        height: own.height ?? undefined,
        alt: own.alt,
      }
    : { url: pageImageUrl(page.slug), width: 1200, height: 630, alt: page.title }
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
      modifiedTime: page.updatedAt,
      images: [image],
    },
    twitter: { card: 'summary_large_image', title, description, images: [image.url] },
  }
}
