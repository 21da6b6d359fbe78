import type { PayloadRequest } from 'payload'

import {
  newestGlobalVersionRow,
  newestVersionRow,
  type Releasable,
  type ReleasableGlobal,
} from './versions'

// What a version says, as opposed to when and by whom it was saved: two versions with the same
// content are the same state of the document, whichever save made them. A release decides with
// it whether a document moved on since the release captured or published it.

// Stamps of the save, not content; `linksTo` is derived from the content by a hook.
const NOT_CONTENT = new Set([
  'id',
  'createdAt',
  'updatedAt',
  '_status',
  'linksTo',
  'globalType',
  'updatedBy',
])

/** The version's content as one string: keys sorted at every level, save stamps left out. */
export function contentKey(version: unknown): string {
  const canonical = (value: unknown, top: boolean): unknown => {
    if (Array.isArray(value)) return value.map((item) => canonical(item, false))
    if (value === null || typeof value !== 'object') return value ?? null
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([key]) => !(top && NOT_CONTENT.has(key)))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return Object.fromEntries(entries.map(([key, inner]) => [key, canonical(inner, false)]))
  }
  return JSON.stringify(canonical(version, true))
}

export type Snapshot = { id: number; updatedAt: string; status: string; key: string }

const snapshot = (doc: unknown): Snapshot | undefined => {
  const row = doc as
    { id: number | string; updatedAt: string; version?: Record<string, unknown> } | undefined
  if (!row?.version) return undefined
  return {
    id: Number(row.id),
    updatedAt: row.updatedAt,
    status: row.version._status === 'published' ? 'published' : 'draft',
    key: contentKey(row.version),
  }
}

/** A version of a document by id, or undefined when it was pruned or belongs to another one. */
export async function docVersion(
  req: PayloadRequest,
  collection: Releasable,
  parent: number,
  id: number,
): Promise<Snapshot | undefined> {
  const { docs } = await req.payload.db.findVersions({
    collection,
    where: { and: [{ id: { equals: id } }, { parent: { equals: parent } }] },
    limit: 1,
    pagination: false,
    req,
  })
  return snapshot(docs[0])
}

/** The newest version of a document: what an editor opens, draft or published. */
export const newestDocVersion = async (
  req: PayloadRequest,
  collection: Releasable,
  parent: number,
) => snapshot(await newestVersionRow(req, collection, parent))

export async function globalVersion(
  req: PayloadRequest,
  global: ReleasableGlobal,
  id: number,
): Promise<Snapshot | undefined> {
  const { docs } = await req.payload.db.findGlobalVersions({
    global,
    where: { id: { equals: id } },
    limit: 1,
    pagination: false,
    req,
  })
  return snapshot(docs[0])
}

export const newestGlobalVersion = async (req: PayloadRequest, global: ReleasableGlobal) =>
  snapshot(await newestGlobalVersionRow(req, global))

const when = (version: Snapshot) => `${version.updatedAt.slice(0, 16).replace('T', ' ')} UTC`

/**
 * Why the newest version is not the captured one, or undefined when it holds the same content
 * (a save that changed nothing, or the same draft published from the document itself).
 */
export function movedOnSinceCapture(
  captured: Snapshot | undefined,
  newest: Snapshot | undefined,
): string | undefined {
  if (!newest) return 'it has no saved version'
  if (!captured) return `the captured version was pruned; the newest was saved ${when(newest)}`
  if (newest.id === captured.id || newest.key === captured.key) return undefined
  return `a newer version was saved ${when(newest)}`
}

/**
 * Why putting `wanted` live would overwrite a later publish, or undefined when it would not:
 * what is live is `wanted`'s content already, or was published before `wanted` was saved (the
 * release was made on top of it). Unpublished drafts never count: a release keeps them as the
 * working copy (src/lib/releases/transaction.ts).
 */
export function publishedSince(
  base: Snapshot | undefined,
  live: Snapshot | undefined,
): string | undefined {
  if (!live || !base || live.key === base.key) return undefined
  if (Date.parse(live.updatedAt) <= Date.parse(base.updatedAt)) return undefined
  return `a later change was published ${when(live)}`
}
