import config from '@payload-config'
import { getPayload } from 'payload'
import { cache } from 'react'

import type { Caveat, Criterion, Framework, Guide } from '@/payload-types'

export type GuideView = Omit<Guide, 'ranking' | 'criteriaSection' | 'caveatsSection'> & {
  criteriaSection: Omit<Guide['criteriaSection'], 'criteria'> & { criteria: Criterion[] }
  /** Frameworks in rank order; rank = index + 1. */
  ranking: Framework[]
  caveatsSection: Omit<Guide['caveatsSection'], 'caveats'> & { caveats: Caveat[] }
}

/** Relations a reader may not see (drafts, deleted) come back as bare ids or null: drop them. */
const populated = <T extends object>(items: (number | T | null | undefined)[] | null | undefined) =>
  (items ?? []).filter((item): item is T => typeof item === 'object' && item !== null)

const toView = (guide: Guide): GuideView => ({
  ...guide,
  criteriaSection: {
    ...guide.criteriaSection,
    criteria: populated(guide.criteriaSection.criteria),
  },
  ranking: populated((guide.ranking ?? []).map((row) => row.framework)),
  caveatsSection: {
    ...guide.caveatsSection,
    caveats: populated(guide.caveatsSection.caveats),
  },
})

/** The published guide with this slug, or null. Shared by generateMetadata and the page. */
export const getGuideBySlug = cache(async (slug: string): Promise<GuideView | null> => {
  const payload = await getPayload({ config })
  const { docs } = await payload.find({
    collection: 'guides',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 2,
    draft: false,
    overrideAccess: false,
  })
  return docs[0] ? toView(docs[0]) : null
})

/** The slug of the guide chosen as the home page, or null before one is chosen. */
export const getHomeGuideSlug = cache(async (): Promise<string | null> => {
  const payload = await getPayload({ config })
  const site = await payload.findGlobal({ slug: 'site', depth: 1, overrideAccess: false })
  const home = site.homeGuide
  return typeof home === 'object' && home !== null ? home.slug : null
})
