import type { Criterion, Framework } from '@/payload-types'

import { rankBy, weightedScore } from './rank'
import { readScorecard } from './stored'
import { DEFAULT_WEIGHT, type CriterionRef, type ScoredEntry, type Weights } from './types'
import { canonicalWeights, parseWeights } from './weights'
import { winnersByWeight } from './winners'

/** What a page, its Markdown twin and the reader's controls show of a guide's scorecard. */
export type ScorecardView = {
  /** The guide's criteria, in its order, with the weight in effect and the editorial one. */
  criteria: (CriterionRef & {
    id: number
    question: string | null
    weight: number
    editorialWeight: number
  })[]
  /**
   * The entries in the order in effect: the reader's weighted order, or (under our weights) our
   * editorial ranking, which a declared difference may set apart from the scores (`scoreRank`).
   */
  entries: {
    framework: Framework
    editorialRank: number
    rank: number
    /** The weighted score, 0–10 with one decimal, as printed. */
    score: number
    /** Names of the entries with exactly the same total (the tie is broken by editorial rank). */
    tiedWith: string[]
    cells: { slug: string; score: number | null; rationale: string }[]
    /** Its place by weighted score under our weights: differs from `editorialRank` when we ranked it apart. */
    scoreRank: number
    /** The public note on why its place in our ranking differs from its weighted place. */
    note: string
    reviewed: string | null
  }[]
  /** The weights in effect, by criterion slug. */
  weights: Weights
  editorialWeights: Weights
  /** The reader's weights as the one canonical `w` value; '' when they are ours. */
  canonical: string
  /** Whether the page shows the reader's own weighting rather than ours. */
  own: boolean
  winners: {
    scenario: 'editorial' | 'equal' | 'dominant'
    criterion?: CriterionRef
    winner: string
    tiedWith: string[]
  }[]
}

/**
 * The scorecard of a guide as readers see it, under the reader's weights `w` (the `?w=` value,
 * read field by field: junk ignored, out-of-range clamped) or, without them, ours. Null when the
 * guide has no criteria or no entries to score.
 */
export function scorecardView(
  guide: {
    criteriaSection: { criteria: Criterion[] }
    ranking: Framework[]
    scorecardSection?: { scorecard?: unknown } | null
  },
  w?: string | string[] | null,
): ScorecardView | null {
  const stored = readScorecard(guide.scorecardSection?.scorecard)
  const criteria = guide.criteriaSection.criteria.filter(
    (c) => typeof c.slug === 'string' && c.slug,
  )
  if (criteria.length === 0 || guide.ranking.length === 0) return null
  const refs: CriterionRef[] = criteria.map((c) => ({ slug: c.slug!, name: c.name }))
  const editorialWeights: Weights = Object.fromEntries(
    criteria.map((c) => [c.slug!, stored.weights[String(c.id)] ?? DEFAULT_WEIGHT]),
  )
  const weights = parseWeights(w, refs, editorialWeights)
  const canonical = canonicalWeights(weights, refs, editorialWeights)
  const scored: ScoredEntry[] = guide.ranking.map((framework, index) => ({
    key: String(framework.id),
    name: framework.name,
    editorialRank: index + 1,
    scores: Object.fromEntries(
      criteria.map((c) => [
        c.slug!,
        stored.entries[String(framework.id)]?.scores[String(c.id)]?.score ?? null,
      ]),
    ),
  }))
  const byKey = new Map(guide.ranking.map((framework) => [String(framework.id), framework]))
  const nameOf = (key: string) => byKey.get(key)?.name ?? key
  // Where our own weights place each entry: the declared difference does not move with the reader's.
  const scoreRanks = new Map(
    rankBy(scored, editorialWeights, refs).map((ranked) => [ranked.key, ranked.rank]),
  )
  // Under our weights the order is our editorial ranking, which may depart from the scores (a
  // declared difference, with its note); under the reader's it is their weighted order.
  const own = canonical !== ''
  const ordered = own
    ? rankBy(scored, weights, refs)
    : rankBy(scored, weights, refs)
        .sort((a, b) => a.editorialRank - b.editorialRank)
        .map((ranked) => ({ ...ranked, rank: ranked.editorialRank }))
  const entries = ordered.map((ranked) => {
    const stored_ = stored.entries[ranked.key]
    return {
      framework: byKey.get(ranked.key)!,
      editorialRank: ranked.editorialRank,
      rank: ranked.rank,
      score: weightedScore(ranked, weights, refs),
      tiedWith: ranked.tiedWith.map(nameOf),
      cells: criteria.map((c) => ({
        slug: c.slug!,
        score: stored_?.scores[String(c.id)]?.score ?? null,
        rationale: stored_?.scores[String(c.id)]?.rationale ?? '',
      })),
      scoreRank: scoreRanks.get(ranked.key) ?? ranked.editorialRank,
      note: stored_?.note ?? '',
      reviewed: stored_?.reviewed ?? null,
    }
  })
  return {
    criteria: criteria.map((c) => ({
      id: c.id,
      slug: c.slug!,
      name: c.name,
      question: c.question ?? null,
      weight: weights[c.slug!]!,
      editorialWeight: editorialWeights[c.slug!]!,
    })),
    entries,
    weights,
    editorialWeights,
    canonical,
    own,
    winners: winnersByWeight(scored, refs, editorialWeights).map((winner) => ({
      scenario: winner.scenario,
      ...(winner.criterion ? { criterion: winner.criterion } : {}),
      winner: winner.winner.name,
      tiedWith: winner.tiedWith.map((entry) => entry.name),
    })),
  }
}
