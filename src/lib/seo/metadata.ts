import type { GuideView } from '@/lib/content/guide'
import type { SiteSettings } from '@/lib/content/site'
import { changesFeedPath, guideImageUrl, guideUrl, pageImageUrl, pageUrl } from '@/lib/content/urls'
import { env } from '@/lib/env'
import { twinOf } from '@/lib/http/markdownTwin'
import type { Page } from '@/payload-types'

import type { HeadImage, PageHead } from './head'

/** The `<link rel="alternate" type="text/markdown">` of a page's canonical URL. */
export const markdownTwin = (url: string) => ({
  'text/markdown': new URL(twinOf(new URL(url).pathname), url).href,
})

/** Title, description, canonical URL, Open Graph and Twitter cards of one article. */
function articleMetadata(
  site: SiteSettings,
  {
    title,
    description,
    url,
    modifiedTime,
    image,
  }: { title: string; description?: string; url: string; modifiedTime: string; image: HeadImage },
): PageHead {
  return {
    title,
    description,
    canonical: url,
    alternates: markdownTwin(url),
    openGraph: {
      type: 'article',
      url,
      title,
      description,
      siteName: site.publisher.name,
      modifiedTime,
      images: [image],
    },
    // Alt text for both cards: og:image:alt and twitter:image:alt.
    twitter: {
      card: 'summary_large_image',
      title,
      description,
      images: [{ url: image.url, alt: image.alt }],
    },
  }
}

/** The guide's description for search and sharing: its SEO description, else its dek. */
export const guideDescription = (guide: GuideView) => guide.meta?.description || guide.dek

/** The words on a guide's generated card (app/(site)/og/[slug]): its title and top three. */
export const guideCardAlt = (guide: GuideView) =>
  [
    guide.title,
    guide.ranking
      .slice(0, 3)
      .map(({ name, language }, i) => `${guide.tableLabels.rank}${i + 1} ${name} (${language})`)
      .join(', '),
  ]
    .filter(Boolean)
    .join(': ')

/** A guide's metadata, all from the CMS; its card is generated (app/(site)/og). */
export function guideMetadata(guide: GuideView, site: SiteSettings): PageHead {
  const metadata = articleMetadata(site, {
    title: guide.meta?.title || guide.title,
    description: guideDescription(guide),
    url: guideUrl(guide.slug, site.homeGuideSlug),
    modifiedTime: guide.lastUpdated,
    image: { url: guideImageUrl(guide.slug), width: 1200, height: 630, alt: guideCardAlt(guide) },
  })
  // Its "What changed" as a feed readers can subscribe to.
  const feed = `${env.SITE_URL}${changesFeedPath(guide.slug)}`
  return { ...metadata, alternates: { ...metadata.alternates, 'application/atom+xml': feed } }
}

/** A page's description: its SEO description, else its standfirst. */
export const pageDescription = (page: Page) => page.meta?.description || page.dek || undefined

/** A page's metadata; its own social image if it has one, else a generated card. */
export function pageMetadata(page: Page, site: SiteSettings): PageHead {
  const url = pageUrl(page.slug)
  const own = typeof page.meta?.image === 'object' ? page.meta.image : null
  const image = own?.url
    ? {
        url: new URL(own.url, url).href,
        width: own.width ?? undefined,
        height: own.height ?? undefined,
        alt: own.alt,
      }
    : // The words on the generated card (app/(site)/og/pages/[slug]): title and publisher.
      {
        url: pageImageUrl(page.slug),
        width: 1200,
        height: 630,
        alt: `${page.title}, ${site.publisher.name}`,
      }
  return articleMetadata(site, {
    title: page.meta?.title || page.title,
    description: pageDescription(page),
    url,
    modifiedTime: page.updatedAt,
    image,
  })
}
