import { createHash } from 'node:crypto'

import type { PayloadRequest } from 'payload'

import { latestVersion, newestVersionRow } from '@/lib/releases/versions'
import type { Release } from '@/payload-types'

export type Reviewable = 'guides' | 'pages' | 'releases'

/** What a reviewer approves: the draft as it stands, named by a key and when it last changed. */
export type DraftStamp = { key: string; savedAt: string }

/**
 * A release's draft is the set of versions it captured: its key is a digest of them, so adding,
 * removing or re-capturing a document makes it another draft.
 */
export function releaseDraftKey(release: Pick<Release, 'items' | 'globals'>): string {
  const held = [
    ...(release.items ?? []).map(
      ({ doc, version }) =>
        `${doc.relationTo}:${String(typeof doc.value === 'object' ? doc.value.id : doc.value)}@${version ?? ''}`,
    ),
    ...(release.globals ?? []).map(({ global, version }) => `${global}@${version ?? ''}`),
  ]
  return createHash('sha256').update(held.join('\n')).digest('hex').slice(0, 32)
}

/** What a guide's share link shows of other documents: their latest drafts (getDraftGuide). */
const SHOWN_BY_GUIDE = ['frameworks', 'criteria', 'caveats'] as const
type Shown = (typeof SHOWN_BY_GUIDE)[number]

type GuideRow = {
  id: number | string
  updatedAt: string
  version?: {
    ranking?: { framework?: unknown }[] | null
    criteriaSection?: { criteria?: unknown[] | null } | null
    caveatsSection?: { caveats?: unknown[] | null } | null
  }
}

const ids = (values: unknown[] | null | undefined): number[] =>
  (values ?? [])
    .map((value) => (typeof value === 'object' && value ? (value as { id: unknown }).id : value))
    .filter((value): value is number => typeof value === 'number')

/** The documents a guide's draft shows, by collection, as its version row names them. */
function shownBy(row: GuideRow): Record<Shown, number[]> {
  const version = row.version ?? {}
  return {
    frameworks: ids((version.ranking ?? []).map((entry) => entry.framework)),
    criteria: ids(version.criteriaSection?.criteria),
    caveats: ids(version.caveatsSection?.caveats),
  }
}

/** The newest version row of each of these documents: `collection:id@row`, and when it was saved. */
async function latestRows(req: PayloadRequest, collection: Shown, of: number[]) {
  if (of.length === 0) return []
  const { docs } = await req.payload.db.findVersions({
    collection,
    where: { and: [{ parent: { in: of } }, { latest: { equals: true } }] },
    pagination: false,
    req,
  })
  return docs.map((doc) => {
    const row = doc as unknown as { id: number | string; parent: unknown; updatedAt: string }
    const parent = ids([row.parent])[0] ?? String(row.parent)
    return { held: `${collection}:${parent}@${row.id}`, updatedAt: row.updatedAt }
  })
}

/**
 * A guide's draft is its own version row with the drafts it shows: the ranked frameworks (their
 * blurbs), the criteria and the caveats. Its key is `<guide row>.<digest of those rows>`, so
 * editing FastAPI's blurb makes another draft; `savedAt` is the newest of their saves.
 */
async function guideDraft(req: PayloadRequest, id: number): Promise<DraftStamp | undefined> {
  const row = (await newestVersionRow(req, 'guides', id)) as GuideRow | undefined
  if (!row) return undefined
  const shown = shownBy(row)
  const rows = (
    await Promise.all(
      SHOWN_BY_GUIDE.map((collection) => latestRows(req, collection, shown[collection])),
    )
  ).flat()
  const held = rows.map((entry) => entry.held).sort()
  const digest = createHash('sha256').update(held.join('\n')).digest('hex').slice(0, 16)
  const savedAt = [row.updatedAt, ...rows.map((entry) => entry.updatedAt)].reduce((a, b) =>
    new Date(b) > new Date(a) ? b : a,
  )
  return { key: `${String(row.id)}.${digest}`, savedAt }
}

/** A guide's draft key names its own version row first: the row, or undefined for another key. */
export function guideRowOf(key: string): number | undefined {
  const match = /^([1-9]\d{0,15})\.[0-9a-f]{16}$/.exec(key)
  return match ? Number(match[1]) : undefined
}

/**
 * The draft a reviewer sees now. A page's is its newest version row; an autosave rewrites that row
 * in place, so `savedAt` tells a later edit of the same row apart. A guide's adds the drafts it
 * shows (guideDraft); a release's is the versions it holds (releaseDraftKey).
 */
export async function currentDraft(
  req: PayloadRequest,
  collection: Reviewable,
  id: number,
  release?: Pick<Release, 'items' | 'globals' | 'updatedAt'>,
): Promise<DraftStamp | undefined> {
  if (collection === 'releases') {
    const doc =
      release ??
      (await req.payload.findByID({ collection, id, depth: 0, req, disableErrors: true }))
    return doc ? { key: releaseDraftKey(doc), savedAt: doc.updatedAt } : undefined
  }
  if (collection === 'guides') return guideDraft(req, id)
  const newest = await latestVersion(req, collection, id)
  return newest ? { key: String(newest.id), savedAt: newest.updatedAt } : undefined
}
