import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { relationId } from '@/lib/content/relationId'
import { rowBeforeSave } from '@/hooks/addresses'
import type { Guide, Release } from '@/payload-types'

/** `req.context` key: inside a release, rank moves per guide id wait for the release's entry. */
export const RELEASE_MOVES = 'releaseMoves'

export type RankMove = { framework: number; from: number | null; to: number | null }

const rankingKey = (id: unknown) => `publishedRanking:${String(id)}`

type Ranking = Guide['ranking']
const frameworkIds = (ranking: Ranking | undefined): number[] =>
  (ranking ?? []).map((row) => Number(relationId(row.framework)))

/** Each framework whose rank differs, in the new order, then those that left the ranking. */
export function rankMoves(before: number[], after: number[]): RankMove[] {
  const rank = (list: number[], id: number) => (list.includes(id) ? list.indexOf(id) + 1 : null)
  const moved = after
    .map((framework) => ({ framework, from: rank(before, framework), to: rank(after, framework) }))
    .filter((move) => move.from !== move.to)
  const dropped = before
    .filter((framework) => !after.includes(framework))
    .map((framework) => ({ framework, from: rank(before, framework), to: null }))
  return [...moved, ...dropped]
}

/**
 * Notes the ranking readers see before the save, from the main row `notePublishedAddress` read
 * before it (the guide's hooks run it first): the main row holds the published guide.
 */
export const notePublishedRanking: CollectionBeforeChangeHook = ({
  operation,
  originalDoc,
  context,
}) => {
  const id = (originalDoc as { id?: number } | undefined)?.id
  if (operation !== 'update' || id === undefined) return
  const row = rowBeforeSave(context, 'guides', id) as Pick<Guide, 'ranking' | '_status'> | null
  context[rankingKey(id)] = row?._status === 'published' ? frameworkIds(row.ranking) : null
}

/**
 * A publish that moves ranks is a change readers can follow ("What changed"): recorded in the
 * same transaction, from the published rankings before and after. Inside a release the moves go
 * into the release's one entry for the guide.
 */
export const recordRankMoves: CollectionAfterChangeHook<Guide> = async ({ doc, req, context }) => {
  const before = context[rankingKey(doc.id)] as number[] | null | undefined
  if (context.seeding || doc._status !== 'published' || !before) return doc
  const moves = rankMoves(before, frameworkIds(doc.ranking))
  const inRelease = context[RELEASE_MOVES]
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

/**
 * One entry per guide the release changed: the guides in it and those showing a framework,
 * criterion or caveat in it. An entry with neither a public note nor a rank move says nothing to
 * readers and is left out.
 */
export async function recordReleaseChanges(
  req: PayloadRequest,
  release: Release,
  action: 'publish' | 'revert',
  items: NonNullable<Release['items']>,
  moves: Map<number, RankMove[]>,
) {
  const ids = (collection: string) =>
    items
      .filter((item) => item.doc.relationTo === collection)
      .map((item) => Number(relationId(item.doc.value)))
  const shows = [
    ['ranking.framework', ids('frameworks')],
    ['criteriaSection.criteria', ids('criteria')],
    ['caveatsSection.caveats', ids('caveats')],
  ] as const
  const where = shows
    .filter(([, list]) => list.length > 0)
    .map(([path, list]) => ({ [path]: { in: list } }))
  const { docs } = await req.payload.find({
    collection: 'guides',
    where: { or: [{ id: { in: ids('guides') } }, ...where] },
    depth: 0,
    pagination: false,
    select: {},
    req,
  })
  const guides = new Set([...docs.map((guide) => guide.id), ...moves.keys()])
  const at = new Date().toISOString()
  for (const guide of guides) {
    const guideMoves = moves.get(guide) ?? []
    if (!release.note && guideMoves.length === 0) continue
    await req.payload.create({
      collection: 'guide-changes',
      data: { guide, release: release.id, kind: action, at, moves: guideMoves },
      req,
    })
  }
}
