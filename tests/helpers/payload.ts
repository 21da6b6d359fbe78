import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

import { seed } from '@/lib/seed'
import { guide as seedGuide } from '@/lib/seed/content'
import type { Guide } from '@/payload-types'

export const testPayload = (): Promise<Payload> => getPayload({ config })

/** The slug of the seeded frameworks guide. */
export const SEEDED_SLUG = seedGuide.slug

/** Payload with the seed content in place (idempotent), and the seeded guide at depth 0. */
export async function seededGuide(): Promise<{ payload: Payload; guide: Guide }> {
  const payload = await testPayload()
  await seed(payload, { log: () => {} })
  const { docs } = await payload.find({
    collection: 'guides',
    where: { slug: { equals: SEEDED_SLUG } },
    depth: 0,
  })
  return { payload, guide: docs[0]! }
}

/** Every document of the content collections, drafts included, for before/after comparisons. */
export async function snapshotContent(payload: Payload) {
  const collections = ['guides', 'frameworks', 'criteria', 'caveats', 'users'] as const
  const entries = await Promise.all(
    collections.map(async (collection) => {
      const { docs } = await payload.find({
        collection,
        depth: 0,
        draft: true,
        pagination: false,
        sort: 'id',
      })
      return [collection, docs] as const
    }),
  )
  const site = await payload.findGlobal({ slug: 'site', depth: 0 })
  return { ...Object.fromEntries(entries), site }
}
