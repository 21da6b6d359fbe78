import type { PayloadRequest } from 'payload'

import { EDITORIAL_COLLECTIONS, type EditorialCollection } from '@/lib/content/editorial'
import { stopAutosavingInto } from '@/lib/database/payloadInternals'

/** The content collections a release can hold: each has drafts and versions. */
export const RELEASABLE = EDITORIAL_COLLECTIONS
export type Releasable = EditorialCollection

export type VersionStamp = { id: number; updatedAt: string }

const stamp = (docs: unknown[]): VersionStamp | undefined => {
  const newest = docs[0] as { id: number | string; updatedAt: string } | undefined
  return newest ? { id: Number(newest.id), updatedAt: newest.updatedAt } : undefined
}

/** The newest version row of a document (its latest draft, or the published one if none is newer). */
export async function newestVersionRow(
  req: PayloadRequest,
  collection: Releasable,
  id: number,
): Promise<unknown> {
  const { docs } = await req.payload.db.findVersions({
    collection,
    where: { parent: { equals: id } },
    sort: '-updatedAt',
    limit: 1,
    pagination: false,
    req,
  })
  return docs[0]
}

/** The newest version of a document: its id and when it was saved. */
export const latestVersion = async (req: PayloadRequest, collection: Releasable, id: number) =>
  stamp([await newestVersionRow(req, collection, id)].filter(Boolean))

/** The version readers see now, or undefined while the document is not published. */
export async function publishedVersion(
  req: PayloadRequest,
  collection: Releasable,
  id: number,
): Promise<number | undefined> {
  // Draft saves never touch the main row: it says whether the document is published.
  const main = (await req.payload.db.findOne({
    collection,
    where: { id: { equals: id } },
    req,
  })) as { _status?: string } | null
  if (main?._status !== 'published') return undefined
  const { docs } = await req.payload.db.findVersions({
    collection,
    where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
    sort: '-updatedAt',
    limit: 1,
    pagination: false,
    req,
  })
  const version = docs[0] as { id: number | string } | undefined
  return version ? Number(version.id) : undefined
}

/** The globals a release can hold: the site's frame, which has drafts (globals/Frame.ts). */
export const RELEASABLE_GLOBALS = ['header', 'footer'] as const
export type ReleasableGlobal = (typeof RELEASABLE_GLOBALS)[number]

/** The newest version row of a global: its latest draft, or the published one if none is newer. */
export async function newestGlobalVersionRow(
  req: PayloadRequest,
  global: ReleasableGlobal,
): Promise<unknown> {
  const { docs } = await req.payload.db.findGlobalVersions({
    global,
    sort: '-updatedAt',
    limit: 1,
    pagination: false,
    req,
  })
  return docs[0]
}

/** The newest version of a global: its id and when it was saved. */
export const latestGlobalVersion = async (req: PayloadRequest, global: ReleasableGlobal) =>
  stamp([await newestGlobalVersionRow(req, global)].filter(Boolean))

/** The version of a global readers see now, or undefined while it is not published. */
export async function publishedGlobalVersion(
  req: PayloadRequest,
  global: ReleasableGlobal,
): Promise<number | undefined> {
  // As with documents, draft saves never touch the main row.
  const main = await req.payload.db.findGlobal<{ _status?: string }>({ slug: global, req })
  if (main?._status !== 'published') return undefined
  const { docs } = await req.payload.db.findGlobalVersions({
    global,
    where: { 'version._status': { equals: 'published' } },
    sort: '-updatedAt',
    limit: 1,
    pagination: false,
    req,
  })
  return stamp(docs)?.id
}

/**
 * Autosave rewrites the newest autosaved version in place (Payload's saveVersion), so a captured
 * version would change under the release. Captured, it stops being the autosave target: the next
 * autosave makes a new version, and the release shows the document as out of date.
 */
export const freezeVersion = (
  req: PayloadRequest,
  collectionOrGlobal: Releasable | 'header' | 'footer',
  id: number,
) => stopAutosavingInto(req, collectionOrGlobal, id)
