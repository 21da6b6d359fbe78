import type { PayloadRequest } from 'payload'

import { relationId } from '@/lib/content/relationId'
import { readScorecard, type StoredScorecard } from '@/lib/scorecard/stored'
import type { Guide, Release } from '@/payload-types'

/**
 * `req.context` key (typed in src/hooks/context.ts): inside a release, each guide's rank moves and
 * score changes wait for the release's entry (collections/Guides/hooks/recordRankMoves.ts).
 */
export const RELEASE_CHANGES = 'releaseChanges'

export type RankMove = { framework: number; from: number | null; to: number | null }
/** A score (entry and criterion) or, with no framework, a criterion's weight. */
export type ScoreChange = {
  framework: number | null
  criterion: number
  from: number | null
  to: number | null
}
/** What one publish of a guide changed for readers. */
export type GuideChangeRecord = { moves: RankMove[]; scoreChanges: ScoreChange[] }

/** What readers see of a guide's ranking and scorecard, by id. */
export type PublishedGuide = { ranking: number[]; criteria: number[]; scorecard: StoredScorecard }

type Related = number | { id: number } | null | undefined
const ids = (values: Related[] | null | undefined) =>
  (values ?? []).filter((value) => value != null).map((value) => Number(relationId(value)))

type Ranking = Guide['ranking']
/** The frameworks of a ranking, in rank order. */
export const frameworkIds = (ranking: Ranking | undefined): number[] =>
  (ranking ?? []).map((row) => Number(relationId(row.framework)))

export const publishedGuide = (
  guide: Pick<Guide, 'ranking' | 'criteriaSection' | 'scorecardSection'>,
): PublishedGuide => ({
  ranking: frameworkIds(guide.ranking),
  criteria: ids(guide.criteriaSection?.criteria),
  scorecard: readScorecard(guide.scorecardSection?.scorecard),
})

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
 * Each weight, then each score, that readers see change, in the guide's order. A criterion added
 * or taken out changes from or to nothing (null). An entry that joins or leaves the ranking is a
 * rank move, not a score change: only entries ranked on both sides count. A guide publishing its
 * first scorecard changed no score readers knew, as its first publish moved no rank.
 */
export function scoreChanges(before: PublishedGuide, after: PublishedGuide): ScoreChange[] {
  const { weights, entries } = before.scorecard
  if (Object.keys(weights).length + Object.keys(entries).length === 0) return []
  const criteria = [...new Set([...after.criteria, ...before.criteria])]
  const shown = (side: PublishedGuide, criterion: number, value: number | null | undefined) =>
    side.criteria.includes(criterion) ? (value ?? null) : null
  const weightChanges = criteria.map((criterion) => ({
    framework: null,
    criterion,
    from: shown(before, criterion, weights[criterion]),
    to: shown(after, criterion, after.scorecard.weights[criterion]),
  }))
  const scoreCells = after.ranking
    .filter((framework) => before.ranking.includes(framework))
    .flatMap((framework) =>
      criteria.map((criterion) => ({
        framework,
        criterion,
        from: shown(before, criterion, entries[framework]?.scores[criterion]?.score),
        to: shown(after, criterion, after.scorecard.entries[framework]?.scores[criterion]?.score),
      })),
    )
  return [...weightChanges, ...scoreCells].filter((change) => change.from !== change.to)
}

/**
 * One entry per guide the release changed: the guides in it and those showing a framework,
 * criterion or caveat in it. An entry with neither a public note, a rank move nor a score change
 * says nothing to readers and is left out.
 */
export async function recordReleaseChanges(
  req: PayloadRequest,
  release: Release,
  action: 'publish' | 'revert',
  items: NonNullable<Release['items']>,
  changes: Map<number, GuideChangeRecord>,
) {
  const idsOf = (collection: string) =>
    items
      .filter((item) => item.doc.relationTo === collection)
      .map((item) => Number(relationId(item.doc.value)))
  const shows = [
    ['ranking.framework', idsOf('frameworks')],
    ['criteriaSection.criteria', idsOf('criteria')],
    ['caveatsSection.caveats', idsOf('caveats')],
  ] as const
  const where = shows
    .filter(([, list]) => list.length > 0)
    .map(([path, list]) => ({ [path]: { in: list } }))
  const { docs } = await req.payload.find({
    collection: 'guides',
    where: { or: [{ id: { in: idsOf('guides') } }, ...where] },
    depth: 0,
    pagination: false,
    select: {},
    req,
  })
  const guides = new Set([...docs.map((guide) => guide.id), ...changes.keys()])
  const at = new Date().toISOString()
  for (const guide of guides) {
    const { moves, scoreChanges } = changes.get(guide) ?? { moves: [], scoreChanges: [] }
    if (!release.note && moves.length + scoreChanges.length === 0) continue
    await req.payload.create({
      collection: 'guide-changes',
      data: { guide, release: release.id, kind: action, at, moves, scoreChanges },
      req,
    })
  }
}
