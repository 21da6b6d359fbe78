import type { ScorecardFrame } from './check'
import type { StoredScorecard } from './stored'
import { DEFAULT_WEIGHT, type CriterionRef, type ScoredEntry, type Weights } from './types'

/**
 * A stored scorecard as the ranking functions read it, keyed by document id: the guide's entries in
 * editorial order with their scores, the editorial weights and the criteria. A criterion not yet
 * weighted counts as the page counts it (DEFAULT_WEIGHT), so a draft's grid and its preview agree.
 */
export function scoredEntries(
  scorecard: StoredScorecard,
  frame: ScorecardFrame,
): [ScoredEntry[], Weights, CriterionRef[]] {
  const criteria = frame.criteria.map((c) => ({ slug: c.id, name: c.name }))
  const entries = frame.entries.map((entry, index) => ({
    key: entry.id,
    name: entry.name,
    editorialRank: index + 1,
    scores: Object.fromEntries(
      frame.criteria.map((c) => [c.id, scorecard.entries[entry.id]?.scores[c.id]?.score ?? null]),
    ),
  }))
  const weights = Object.fromEntries(
    frame.criteria.map((c) => [c.id, scorecard.weights[c.id] ?? DEFAULT_WEIGHT]),
  )
  return [entries, weights, criteria]
}
