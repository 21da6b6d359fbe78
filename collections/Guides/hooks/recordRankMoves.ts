import type { CollectionAfterChangeHook } from 'payload'

import { publishedGuide, rankMoves, scoreChanges } from '@/lib/releases/changelog'
import type { Guide } from '@/payload-types'

/**
 * A publish that moves ranks or changes scores or weights is a change readers can follow ("What
 * changed"): recorded in the same transaction, from the published guide before
 * (notePublishedRanking) and after. A draft save leaves the published guide as it was: nothing to
 * record. Inside a release the changes go into the release's one entry for the guide
 * (src/lib/releases/changelog.ts).
 */
export const recordRankMoves: CollectionAfterChangeHook<Guide> = async ({ doc, req, context }) => {
  const before = context.publishedGuide?.get(doc.id)
  if (context.seeding || doc._status !== 'published' || !before) return doc
  const after = publishedGuide(doc)
  const changes = {
    moves: rankMoves(before.ranking, after.ranking),
    scoreChanges: scoreChanges(before, after),
  }
  const inRelease = context.releaseChanges
  if (inRelease instanceof Map) {
    inRelease.set(doc.id, changes)
    return doc
  }
  if (changes.moves.length + changes.scoreChanges.length > 0) {
    await req.payload.create({
      collection: 'guide-changes',
      data: { guide: doc.id, kind: 'publish', at: new Date().toISOString(), ...changes },
      req,
    })
  }
  return doc
}
