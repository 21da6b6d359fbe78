import type { Payload } from 'payload'

import { ANALYTICS_TABLES as T } from '@/lib/analytics/tables'
import { guidePath } from '@/lib/content/urls'
import { relationId } from '@/lib/content/relationId'
import { env } from '@/lib/env'

import { SEEDED_SLUG } from './payload'

type Sql = { query: (text: string) => Promise<{ rows: Record<string, unknown>[] }> }

/** A browser's user agent: counted (a bot's is not). */
export const BROWSER =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36'

/** POST /collect as navigator.sendBeacon sends it from one of the site's pages. */
export function beaconRequest(body: unknown, headers: Record<string, string> = {}): Request {
  return new Request(`${env.SITE_URL}/collect`, {
    method: 'POST',
    headers: {
      'content-type': 'text/plain;charset=UTF-8',
      origin: env.SITE_URL,
      'user-agent': BROWSER,
      ...headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
}

/** The seeded guide's live path, and the slugs ranked on it, read independently of the app. */
export type Targets = { guide: string; ranked: string[] }

export async function liveTargets(payload: Payload): Promise<Targets> {
  const site = await payload.findGlobal({ slug: 'site', depth: 0 })
  const { docs } = await payload.find({
    collection: 'guides',
    where: { slug: { equals: SEEDED_SLUG } },
    depth: 1,
  })
  const guide = docs[0]!
  const home = relationId(site.homeGuide) === guide.id ? guide.slug : null
  const ranked = (guide.ranking ?? []).map((row) =>
    typeof row.framework === 'object' && row.framework ? row.framework.slug : '',
  )
  return { guide: guidePath(guide.slug, home), ranked: ranked.filter(Boolean) }
}

/** Empties the rollups and today's visitor hashes (the salts stay: the app holds them). */
export async function clearRollups(db: Sql): Promise<void> {
  await db.query(`truncate ${T.hourly}, ${T.daily}, ${T.visitors}`)
}

export type StoredRow = {
  bucket: string
  path: string
  event: string
  dim: string
  value: string
  count: number
}

/** Every row of the rollups and the visitor hashes, in a stable order. */
export async function storedRows(db: Sql) {
  const rollup = async (table: string) =>
    (
      await db.query(
        `select bucket::text, path, event, dim, value, count::int from ${table}
         order by bucket, path, event, dim, value`,
      )
    ).rows as StoredRow[]
  return {
    hourly: await rollup(T.hourly),
    daily: await rollup(T.daily),
    visitors: (await db.query(`select day::text, hash from ${T.visitors} order by hash`)).rows,
  }
}

/** The field a refusal names (`{ errors: [{ message, field }] }`). */
export const refusedField = async (response: Response) =>
  ((await response.json()) as { errors: { field?: string }[] }).errors[0]?.field
