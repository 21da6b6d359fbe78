import { unstable_cache } from 'next/cache'
import { cache } from 'react'

import { TAGS } from '@/lib/cache/tags'
import type { Caveat, Criterion, Framework, Guide } from '@/payload-types'

import { findGuideChanges, type GuideChangeView } from './changes'
import { getPublishedGuideSlugs } from './site'
import { payloadClient } from '@/lib/payload'

export type GuideView = Omit<Guide, 'ranking' | 'criteriaSection' | 'caveatsSection'> & {
  criteriaSection: Omit<Guide['criteriaSection'], 'criteria'> & { criteria: Criterion[] }
  /** Frameworks in rank order; rank = index + 1. */
  ranking: Framework[]
  caveatsSection: Omit<Guide['caveatsSection'], 'caveats'> & { caveats: Caveat[] }
  /** The latest change of the guide or of anything it shows: the page's "Updated". */
  lastUpdated: string
  /** Its published changes, newest first ("What changed"): never a draft, even in a preview. */
  changes: GuideChangeView[]
}

/** Relations a reader may not see (drafts, deleted) come back as bare ids or null: drop them. */
const populated = <T extends object>(items: (number | T | null | undefined)[] | null | undefined) =>
  (items ?? []).filter((item): item is T => typeof item === 'object' && item !== null)

export function toView(guide: Guide, changes: GuideChangeView[]): GuideView {
  const criteria = populated(guide.criteriaSection.criteria)
  const ranking = populated((guide.ranking ?? []).map((row) => row.framework))
  const caveats = populated(guide.caveatsSection.caveats)
  const lastUpdated = [guide, ...criteria, ...ranking, ...caveats]
    .map((doc) => doc.updatedAt)
    .reduce((latest, at) => (at > latest ? at : latest))
  return {
    ...guide,
    criteriaSection: { ...guide.criteriaSection, criteria },
    ranking,
    caveatsSection: { ...guide.caveatsSection, caveats },
    lastUpdated,
    changes,
  }
}

async function findGuide(slug: string, draft: boolean): Promise<GuideView | null> {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'guides',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 2,
    draft,
    // Drafts are read only for a CMS user or a checked share link (canPreview,
    // src/lib/preview/access.ts).
    overrideAccess: draft,
    joins: false,
  })
  const guide = docs[0]
  if (!guide) return null
  return toView(guide, await findGuideChanges(payload, guide.id, guide.changesSection.limit))
}

/**
 * The published guide, from Next's data cache: no database query per request. The revalidation
 * hooks (src/hooks) expire TAGS.guide(slug) when anything it shows is published.
 */
export const getPublishedGuide = cache((slug: string) =>
  unstable_cache(() => findGuide(slug, false), ['guide', slug], { tags: [TAGS.guide(slug)] })(),
)

/** The latest drafts of the guide and of everything it shows. Never cached across requests. */
export const getDraftGuide = cache((slug: string) => findGuide(slug, true))

/** Every published guide, the latest change first (the guides index, its Markdown twin). */
export async function getPublishedGuidesLatestFirst(): Promise<GuideView[]> {
  const guides = await Promise.all((await getPublishedGuideSlugs()).map(getPublishedGuide))
  return guides
    .filter((guide) => guide !== null)
    .sort((a, b) => b.lastUpdated.localeCompare(a.lastUpdated))
}
