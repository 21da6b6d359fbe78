import { type Payload } from 'payload'
import { cache } from 'react'

import { findGuideChanges } from '@/lib/content/changes'
import { toView, type GuideView } from '@/lib/content/guide'
import { relationId } from '@/lib/content/relationId'
import type { Guide } from '@/payload-types'

import { capturedBySlug, getReleaseCaptured, type Captured, type CapturedDoc } from './release'
import { payloadClient } from '@/lib/payload'

type Shown = 'frameworks' | 'criteria' | 'caveats'

/** The documents with these ids as the release would leave them: its version, else published. */
async function asReleased(
  payload: Payload,
  captured: Map<string, Captured>,
  collection: Shown,
  ids: number[],
) {
  const { docs } = await payload.find({
    collection,
    where: { id: { in: ids } },
    depth: 0,
    draft: false,
    pagination: false,
    // Readers' access: published documents only; drafts outside the release stay out.
    overrideAccess: false,
  })
  const published = new Map(docs.map((doc) => [doc.id, doc as unknown as CapturedDoc]))
  return (id: number) => captured.get(`${collection}:${id}`)?.doc ?? published.get(id) ?? null
}

/**
 * The guide at `slug` as it will read once the release is published: every document in the
 * release at its captured version, everything else as published. No other draft shows.
 */
export const getReleaseGuide = cache(
  async (slug: string, releaseId: number): Promise<GuideView | null> => {
    const payload = await payloadClient()
    const captured = await getReleaseCaptured(releaseId)
    const inRelease = (await capturedBySlug(releaseId, 'guides', slug))?.doc
    const published = inRelease
      ? undefined
      : (
          await payload.find({
            collection: 'guides',
            where: { slug: { equals: slug } },
            limit: 1,
            depth: 0,
            draft: false,
            overrideAccess: false,
          })
        ).docs[0]
    const guide = (inRelease ?? published) as unknown as Guide | undefined
    if (!guide) return null
    const ids = (values: unknown[] | null | undefined) =>
      (values ?? []).map((value) => Number(relationId(value as number)))
    const criteria = ids(guide.criteriaSection.criteria)
    const frameworks = ids((guide.ranking ?? []).map((row) => row.framework))
    const caveats = ids(guide.caveatsSection.caveats)
    const [criterion, framework, caveat] = await Promise.all([
      asReleased(payload, captured, 'criteria', criteria),
      asReleased(payload, captured, 'frameworks', frameworks),
      asReleased(payload, captured, 'caveats', caveats),
    ])
    const merged = {
      ...guide,
      criteriaSection: { ...guide.criteriaSection, criteria: criteria.map(criterion) },
      ranking: (guide.ranking ?? []).map((row, index) => ({
        ...row,
        framework: framework(frameworks[index]!),
      })),
      caveatsSection: { ...guide.caveatsSection, caveats: caveats.map(caveat) },
    } as unknown as Guide
    return toView(merged, await findGuideChanges(payload, guide.id, guide.changesSection.limit))
  },
)
