import type { PayloadRequest } from 'payload'

import { relationId } from '@/lib/content/relationId'
import type { Guide, Release } from '@/payload-types'

/**
 * `req.context` key (typed in src/hooks/context.ts): inside a release, rank moves per guide id
 * wait for the release's entry (collections/Guides/hooks/recordRankMoves.ts).
 */
export const RELEASE_MOVES = 'releaseMoves'

export type RankMove = { framework: number; from: number | null; to: number | null }

type Ranking = Guide['ranking']
/** The frameworks of a ranking, in rank order. */
export const frameworkIds = (ranking: Ranking | undefined): number[] =>
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
