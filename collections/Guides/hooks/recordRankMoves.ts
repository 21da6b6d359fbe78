import type { CollectionAfterChangeHook } from 'payload'

import { frameworkIds, rankMoves } from '@/lib/releases/changelog'
import type { Guide } from '@/payload-types'

/**
 * A publish that moves ranks is a change readers can follow ("What changed"): recorded in the
 * same transaction, from the published rankings before (notePublishedRanking) and after. Inside a
 * release the moves go into the release's one entry for the guide (src/lib/releases/changelog.ts).
 */
export const recordRankMoves: CollectionAfterChangeHook<Guide> = async ({ doc, req, context }) => {
  const before = context.publishedRanking?.get(doc.id)
  if (context.seeding || doc._status !== 'published' || !before) return doc
  const moves = rankMoves(before, frameworkIds(doc.ranking))
  const inRelease = context.releaseMoves
  if (inRelease instanceof Map) {
    inRelease.set(doc.id, moves)
    return doc
  }
  if (moves.length > 0) {
    await req.payload.create({
      collection: 'guide-changes',
      data: { guide: doc.id, kind: 'publish', at: new Date().toISOString(), moves },
      req,
    })
  }
  return doc
}
