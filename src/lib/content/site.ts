import { unstable_cache } from 'next/cache'
import { cache } from 'react'

import { TAGS } from '@/lib/cache/tags'
import type { Site } from '@/payload-types'
import { payloadClient } from '@/lib/payload'

export type SiteSettings = Omit<Site, 'homeGuide'> & { homeGuideSlug: string | null }

/** The site global: home guide, publisher, chrome labels. Cached until the global is saved. */
export const getSiteSettings = cache(
  unstable_cache(
    async (): Promise<SiteSettings> => {
      const payload = await payloadClient()
      const { homeGuide, ...site } = await payload.findGlobal({
        slug: 'site',
        depth: 1,
        overrideAccess: false,
        populate: { guides: { slug: true } },
      })
      const homeGuideSlug = typeof homeGuide === 'object' && homeGuide ? homeGuide.slug : null
      return { ...site, homeGuideSlug }
    },
    ['site-settings'],
    { tags: [TAGS.site] },
  ),
)

/** The slugs of all published guides (for the sitemap). */
export const getPublishedGuideSlugs = cache(
  unstable_cache(
    async (): Promise<string[]> => {
      const payload = await payloadClient()
      const { docs } = await payload.find({
        collection: 'guides',
        draft: false,
        overrideAccess: false,
        pagination: false,
        depth: 0,
        select: { slug: true },
        sort: 'slug',
      })
      return docs.map((guide) => guide.slug)
    },
    ['published-guide-slugs'],
    { tags: [TAGS.guides] },
  ),
)
