import type { Payload } from 'payload'

import { EDITORIAL_COLLECTIONS, type EditorialCollection } from '@/lib/content/editorial'
import { relationId } from '@/lib/content/relationId'
import { guidePath, pagePath } from '@/lib/content/urls'
import type { User } from '@/payload-types'

/** The content collections whose drafts the cockpit watches. */
export const WATCHED = EDITORIAL_COLLECTIONS
export type Watched = EditorialCollection

/** The field the admin lists a collection's documents by (its `useAsTitle`). */
export const titleField = (payload: Payload, collection: Watched) =>
  payload.collections[collection].config.admin.useAsTitle ?? 'id'

export type Change = {
  collection: Watched
  id: number
  title: string
  at: string
  by?: string
  /** A published document with a newer draft; otherwise it was never published. */
  live: boolean
}

export type LiveDocument = {
  collection: 'guides' | 'pages'
  id: number
  title: string
  path: string
  publishedAt: string
  by?: string
}

type Row = { id: number; updatedAt: string; updatedBy?: number | { email?: string } | null }

const emailOf = (row: Row) =>
  typeof row.updatedBy === 'object' && row.updatedBy ? row.updatedBy.email : undefined

const titleOf = (field: string, row: Row) => {
  const value = (row as Record<string, unknown>)[field]
  return typeof value === 'string' && value ? value : `#${row.id}`
}

/** What `user` may read, as they would read it in the admin: their access, never more. */
const asUser = (user: User) => ({ user, overrideAccess: false, depth: 1 }) as const
const who = { users: { email: true } } as const

/**
 * Documents whose newest version is a draft: changes to something live, or never published at all.
 * Newest first, with who saved the draft and when.
 */
export async function pendingChanges(payload: Payload, user: User, limit = 20): Promise<Change[]> {
  const perCollection = await Promise.all(
    WATCHED.map(async (collection) => {
      const field = titleField(payload, collection)
      const select = { [field]: true, updatedAt: true, updatedBy: true }
      const { docs } = (await payload.find({
        collection: collection as 'guides',
        ...asUser(user),
        draft: true,
        where: { _status: { equals: 'draft' } },
        select: select as never,
        populate: who,
        sort: '-updatedAt',
        limit,
      })) as unknown as { docs: Row[] }
      if (docs.length === 0) return []
      // The main row stays published while a draft is pending: that tells the two kinds apart.
      const published = (await payload.find({
        collection: collection as 'guides',
        ...asUser(user),
        depth: 0,
        draft: false,
        where: { id: { in: docs.map((doc) => doc.id) }, _status: { equals: 'published' } },
        select: { updatedAt: true } as never,
        pagination: false,
      })) as unknown as { docs: Row[] }
      const live = new Set(published.docs.map((doc) => doc.id))
      return docs.map((doc): Change => ({
        collection,
        id: doc.id,
        title: titleOf(field, doc),
        at: doc.updatedAt,
        by: emailOf(doc),
        live: live.has(doc.id),
      }))
    }),
  )
  return perCollection
    .flat()
    .sort((a, b) => b.at.localeCompare(a.at))
    .slice(0, limit)
}

/** Published guides and pages, each with its public path and its last publish. */
export async function liveDocuments(payload: Payload, user: User): Promise<LiveDocument[]> {
  const read = (collection: 'guides' | 'pages') =>
    payload.find({
      collection,
      ...asUser(user),
      draft: false,
      where: { _status: { equals: 'published' } },
      select: { title: true, slug: true, updatedAt: true, updatedBy: true },
      populate: who,
      sort: '-updatedAt',
      pagination: false,
    })
  const [guides, pages, site] = await Promise.all([
    read('guides'),
    read('pages'),
    payload.findGlobal({ slug: 'site', depth: 0, select: { homeGuide: true } }),
  ])
  // The home guide's live page is `/`, like every link to it on the site.
  const home = guides.docs.find((guide) => guide.id === relationId(site.homeGuide))?.slug ?? null
  const live =
    (collection: 'guides' | 'pages', path: (slug: string) => string) =>
    (doc: Row & { title: string; slug: string }): LiveDocument => ({
      collection,
      id: doc.id,
      title: doc.title,
      path: path(doc.slug),
      publishedAt: doc.updatedAt,
      by: emailOf(doc),
    })
  return [
    ...guides.docs.map(live('guides', (slug) => guidePath(slug, home))),
    ...pages.docs.map(live('pages', pagePath)),
  ]
}
