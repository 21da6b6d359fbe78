import { createLocalReq, type Payload, type Where } from 'payload'

import { relationId } from '@/lib/content/relationId'
import type { Reviewable } from '@/lib/review/draftVersion'
import { placeLabel, reviewPlaces, type ReviewPlace } from '@/lib/review/places'
import type { VerdictState } from '@/lib/review/verdicts'
import type { ReviewComment, User } from '@/payload-types'

import { approvalStanding } from './reviewVerdicts'

/** A document a reviewer spoke about, as the signed-in user may read it. */
export type ReviewedDocument = {
  collection: Reviewable
  id: number
  title: string
  /** “Publishing needs an approval” is on. */
  required: boolean
}

export type OpenThread = {
  comment: ReviewComment
  document: ReviewedDocument
  /** The place's name (“Intro”, “FastAPI: blurb”). */
  place: string
  /** Written after the user's previous visit to the cockpit. */
  isNew: boolean
}

export type DocumentVerdicts = {
  document: ReviewedDocument
  state: VerdictState
  newest: ReviewComment
  count: number
}

const TITLE: Record<Reviewable, 'title' | 'name'> = {
  guides: 'title',
  pages: 'title',
  releases: 'name',
}
const OPEN: Where[] = [
  { kind: { equals: 'comment' } },
  { parent: { exists: false } },
  { state: { equals: 'open' } },
]
const key = (collection: string, id: number) => `${collection}:${id}`
const refOf = (comment: ReviewComment) => ({
  collection: comment.document.relationTo,
  id: relationId(comment.document.value),
})

/**
 * The documents `comments` are about, read once with `user`'s access (others dropped): title,
 * setting, and places, their criteria and entries named (depth 1).
 */
async function documentsOf(payload: Payload, user: User, comments: ReviewComment[]) {
  const found = new Map<string, { document: ReviewedDocument; places: ReviewPlace[] }>()
  const ids = new Map<Reviewable, Set<number>>()
  for (const comment of comments) {
    const { collection, id } = refOf(comment)
    ids.set(collection, (ids.get(collection) ?? new Set()).add(id))
  }
  await Promise.all(
    [...ids].map(async ([collection, set]) => {
      const { docs } = await payload.find({
        collection,
        where: { id: { in: [...set] } },
        draft: true,
        depth: 1,
        pagination: false,
        user,
        overrideAccess: false,
      })
      for (const doc of docs) {
        const title = (doc as unknown as Record<string, unknown>)[TITLE[collection]]
        const document: ReviewedDocument = {
          collection,
          id: doc.id,
          title: typeof title === 'string' && title ? title : `#${doc.id}`,
          required: doc.requireApproval === true,
        }
        found.set(key(collection, doc.id), { document, places: reviewPlaces(collection, doc) })
      }
    }),
  )
  return found
}

/**
 * The cockpit's Review section: open threads newest first (the newest `limit`), how many of the
 * open ones are new since `since` (the user's previous visit; all of them on a first visit), and
 * every document's and release's verdicts, read as the approval gate reads them.
 */
export async function reviewCockpit(
  payload: Payload,
  user: User,
  { since, limit = 20 }: { since?: string | null; limit?: number } = {},
) {
  const asUser = { user, overrideAccess: false, depth: 0 } as const
  const [open, fresh, verdicts] = await Promise.all([
    payload.find({
      collection: 'review-comments',
      where: { and: OPEN },
      sort: '-createdAt',
      limit,
      ...asUser,
    }),
    payload.count({
      collection: 'review-comments',
      where: { and: since ? [...OPEN, { createdAt: { greater_than: since } }] : OPEN },
      user,
      overrideAccess: false,
    }),
    payload.find({
      collection: 'review-comments',
      where: { and: [{ kind: { equals: 'verdict' } }, { link: { exists: true } }] },
      sort: '-createdAt',
      limit: 500,
      ...asUser,
    }),
  ])
  const documents = await documentsOf(payload, user, [...open.docs, ...verdicts.docs])
  const threads: OpenThread[] = open.docs.flatMap((comment) => {
    const found = documents.get(key(refOf(comment).collection, refOf(comment).id))
    if (!found) return []
    const { document, places } = found
    const isNew = !since || Date.parse(comment.createdAt) > Date.parse(since)
    return [{ comment, document, place: placeLabel(places, comment.field), isNew }]
  })

  const grouped = new Map<string, { newest: ReviewComment; count: number }>()
  for (const verdict of verdicts.docs) {
    const { collection, id } = refOf(verdict)
    const seen = grouped.get(key(collection, id))
    if (seen) seen.count += 1
    else grouped.set(key(collection, id), { newest: verdict, count: 1 })
  }
  const req = await createLocalReq({ user }, payload)
  const standings = await Promise.all(
    [...grouped].flatMap(([at, { newest, count }]) => {
      const document = documents.get(at)?.document
      if (!document) return []
      return [
        approvalStanding(req, document.collection, document.id).then(
          ({ state }): DocumentVerdicts => ({ document, state, newest, count }),
        ),
      ]
    }),
  )
  return {
    threads,
    openCount: open.totalDocs,
    newCount: fresh.totalDocs,
    documents: standings.filter((row) => row.document.collection !== 'releases'),
    releases: standings.filter((row) => row.document.collection === 'releases'),
    /** Documents whose current draft has a request for changes as its newest verdict. */
    changesRequested: new Set(
      standings.filter((row) => row.state === 'changes').map((row) => reviewedKey(row.document)),
    ),
  }
}

/** The key `changesRequested` holds a document under. */
export const reviewedKey = (document: { collection: string; id: number }) =>
  key(document.collection, document.id)
