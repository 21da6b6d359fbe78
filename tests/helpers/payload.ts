import { randomBytes } from 'node:crypto'

import config from '@payload-config'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { getPayload, type Payload } from 'payload'

import { seed } from '@/lib/seed'
import { guide as seedGuide } from '@/lib/seed/content'
import { toSlug } from '@/fields/slug'
import { revalidations } from '@/lib/cache/revalidate'
import type { Framework, Guide } from '@/payload-types'

import { paragraph } from './richText'
import type { Throwaway } from './throwawayDatabase'

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

/** The cache-tag lists emitted while `action` runs, one entry per revalidation. */
export async function emitted(action: () => Promise<unknown>): Promise<string[][]> {
  const seen: string[][] = []
  const listener = (tags: string[]) => seen.push(tags)
  revalidations.on('revalidate', listener)
  try {
    await action()
  } finally {
    revalidations.off('revalidate', listener)
  }
  return seen
}

/** A save Payload refused: its message and the fields it named. Throws if the save went through. */
export async function refusal(save: Promise<unknown>) {
  try {
    await save
  } catch (error) {
    const errors = (error as { data?: { errors?: { path: string; message: string }[] } }).data
      ?.errors
    return {
      message: (error as Error).message,
      fields: (errors ?? []).map(({ path, message }) => ({ path, message })),
    }
  }
  throw new Error('expected the save to be refused')
}

/** A valid, published framework named `name` for a test to create; `fields` override any part. */
export const frameworkData = (name: string, fields: Partial<Framework> = {}) => ({
  name,
  slug: toSlug(name),
  language: 'Go',
  buildModel: 'Hand-written',
  bestFor: 'Tests',
  blurb: paragraph(name),
  _status: 'published' as const,
  ...fields,
})

/** A new account with `role`, signed in: its id and a JWT for `Authorization: JWT …`. */
export async function signedInAs(
  payload: Payload,
  role: 'admin' | 'editor',
  label: string = role,
): Promise<{ id: number; email: string; token: string }> {
  const email = `${label}-${randomBytes(4).toString('hex')}@example.com`
  const password = `${role}-password-${randomBytes(4).toString('hex')}`
  const user = await payload.create({ collection: 'users', data: { email, password, role } })
  if (user.role !== role) throw new Error(`fixture: ${email} was stored as ${user.role}`)
  const { token } = await payload.login({ collection: 'users', data: { email, password } })
  return { id: user.id, email, token: token! }
}

/**
 * A scorecard that scores every entry on every criterion (publishing a guide needs one), for a
 * test guide whose scores the test does not look at.
 */
export const scoredAll = (
  criteria: number[],
  frameworks: number[],
  score = 5,
): Guide['scorecardSection'] => ({
  ...seedGuide.scorecardSection,
  scorecard: {
    weights: Object.fromEntries(criteria.map((id) => [String(id), 1])),
    entries: Object.fromEntries(
      frameworks.map((framework) => [
        String(framework),
        {
          scores: Object.fromEntries(criteria.map((id) => [String(id), { score, rationale: '' }])),
        },
      ]),
    ),
  },
})

/**
 * The app's config on another database: what the scripts get when DATABASE_URL points there.
 * Payload never closes its pool, so stopping that database later logs "connection lost": expected.
 */
export async function payloadOn(db: Throwaway): Promise<Payload> {
  const base = await config
  const adapter = postgresAdapter({ pool: { connectionString: db.url }, push: true })
  // Payload pushes the development schema once a process, skipping any later database: force it.
  process.env.PAYLOAD_FORCE_DRIZZLE_PUSH = 'true'
  try {
    return await getPayload({ key: db.url, config: { ...base, db: { ...base.db, ...adapter } } })
  } finally {
    delete process.env.PAYLOAD_FORCE_DRIZZLE_PUSH
  }
}
