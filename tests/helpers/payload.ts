import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

export const testPayload = (): Promise<Payload> => getPayload({ config })

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
