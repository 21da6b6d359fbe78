import { unstable_cache } from 'next/cache'
import { cache } from 'react'

import { TAGS } from '@/lib/cache/tags'
import { capturedBySlug } from '@/lib/releases/release'
import type { Page } from '@/payload-types'
import { payloadClient } from '@/lib/payload'

// The OG image; a relation to a guide or page stays an id and is resolved by its address. Every
// read of a page shares it, so a release's page renders like the published one.
const PAGE_READ = { depth: 1, populate: { guides: { slug: true }, pages: { slug: true } } } as const

async function findPage(slug: string, draft: boolean): Promise<Page | null> {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'pages',
    where: { slug: { equals: slug } },
    limit: 1,
    ...PAGE_READ,
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

/**
 * The page at `slug` as it will read once the release is published: the version the release
 * captured (a page it publishes for the first time included), else the published page. No other
 * draft shows. Never cached across requests, like any preview.
 */
export const getReleasePage = cache(
  async (slug: string, releaseId: number): Promise<Page | null> => {
    const held = await capturedBySlug(releaseId, 'pages', slug)
    if (!held) return findPage(slug, false)
    const payload = await payloadClient()
    // The release's token or CMS session was checked before (src/lib/preview/access.ts).
    const read = await payload
      .findVersionByID({
        collection: 'pages',
        id: held.version,
        ...PAGE_READ,
        overrideAccess: true,
      })
      .catch(() => null)
    return read ? { ...read.version, id: held.doc.id } : null
  },
)

/** The slugs of all published pages (for the sitemap). */
export const getPublishedPageSlugs = cache(
  unstable_cache(
    async (): Promise<{ slug: string; updatedAt: string }[]> => {
      const payload = await payloadClient()
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
