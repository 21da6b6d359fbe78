import config from '@payload-config'
import { unstable_cache } from 'next/cache'
import { getPayload } from 'payload'
import { cache } from 'react'

import type { Page } from '@/payload-types'

import { TAGS } from './cacheTags'

async function findPage(slug: string, draft: boolean): Promise<Page | null> {
  const payload = await getPayload({ config })
  const { docs } = await payload.find({
    collection: 'pages',
    where: { slug: { equals: slug } },
    limit: 1,
    // The OG image; a relation to a guide or page stays an id and is resolved by its address.
    depth: 1,
    populate: { guides: { slug: true }, pages: { slug: true } },
    draft,
    // Drafts are read only for a CMS user or a checked share link (src/lib/preview/access.ts).
    overrideAccess: draft,
    joins: false,
  })
  return docs[0] ?? null
}

/** The published page, from Next's data cache; the page hooks expire TAGS.page(slug). */
export const getPublishedPage = cache((slug: string) =>
  unstable_cache(() => findPage(slug, false), ['page', slug], { tags: [TAGS.page(slug)] })(),
)

/** The latest draft. Never cached across requests. */
export const getDraftPage = cache((slug: string) => findPage(slug, true))

/** The slugs of all published pages (for the sitemap). */
export const getPublishedPageSlugs = cache(
  unstable_cache(
    async (): Promise<{ slug: string; updatedAt: string }[]> => {
      const payload = await getPayload({ config })
      const { docs } = await payload.find({
        collection: 'pages',
        draft: false,
        overrideAccess: false,
        pagination: false,
        depth: 0,
        select: { slug: true, updatedAt: true },
        sort: 'slug',
      })
      return docs.map(({ slug, updatedAt }) => ({ slug, updatedAt }))
    },
    ['published-page-slugs'],
    { tags: [TAGS.pages] },
  ),
)
