import type { MetadataRoute } from 'next'

import { getPublishedGuide } from '@/lib/content/guide'
import { getPublishedPageSlugs } from '@/lib/content/page'
import { getPublishedGuideSlugs, getSiteSettings } from '@/lib/content/site'
import { env } from '@/lib/env'
import { guideUrl, pageUrl } from '@/lib/content/urls'

// Built per request from cached queries: `next build` needs no database, and a request none either.
export const dynamic = 'force-dynamic'

/**
 * Every published guide and page at its canonical URL, last modified at its "Updated" time, and
 * the guides index.
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [slugs, pages, site] = await Promise.all([
    getPublishedGuideSlugs(),
    getPublishedPageSlugs(),
    getSiteSettings(),
  ])
  const guides = (await Promise.all(slugs.map((slug) => getPublishedGuide(slug)))).filter(
    (guide) => guide !== null,
  )
  return [
    ...guides.map((guide) => ({
      url: guideUrl(guide.slug, site.homeGuideSlug),
      lastModified: guide.lastUpdated,
    })),
    { url: `${env.SITE_URL}/guides` },
    ...pages.map((page) => ({ url: pageUrl(page.slug), lastModified: page.updatedAt })),
  ]
}
