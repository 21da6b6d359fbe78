import type { MetadataRoute } from 'next'

import { getPublishedGuide } from '@/lib/content/guide'
import { getPublishedGuideSlugs, getSiteSettings } from '@/lib/content/site'
import { guideUrl } from '@/lib/content/urls'

// Built per request from cached queries: `next build` needs no database, and a request none either.
export const dynamic = 'force-dynamic'

/** Every published guide at its canonical URL, last modified at its derived "Updated" time. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [slugs, site] = await Promise.all([getPublishedGuideSlugs(), getSiteSettings()])
  const guides = await Promise.all(slugs.map((slug) => getPublishedGuide(slug)))
  return guides
    .filter((guide) => guide !== null)
    .map((guide) => ({
      url: guideUrl(guide.slug, site.homeGuideSlug),
      lastModified: guide.lastUpdated,
    }))
}
