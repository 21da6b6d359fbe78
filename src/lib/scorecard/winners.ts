import { completeWeights } from './clamp'
import { rankBy } from './rank'
import type { CriterionRef, ScoredEntry, Weights } from './types'

export type Winner = {
  scenario: 'editorial' | 'equal' | 'dominant'
  criterion?: CriterionRef
  weights: Weights
  winner: ScoredEntry
  tiedWith: ScoredEntry[]
  brokenByEditorialRank: boolean
}

/** "When a criterion dominates": it weighs this many times each of the others. */
export const DOMINANT_FACTOR = 3

function winnerUnder(
  entries: ScoredEntry[],
  criteria: CriterionRef[],
  weights: Weights,
  scenario: Winner['scenario'],
  criterion?: CriterionRef,
): Winner | null {
  const [first] = rankBy(entries, weights, criteria)
  if (!first) return null
  const byKey = new Map(entries.map((entry) => [entry.key, entry]))
  // Hand back the entries as given, not the ranked copies: a winner is an entry, not a ranking.
  const winner = byKey.get(first.key)!
  const tiedWith = first.tiedWith.map((key) => byKey.get(key)!)
  return {
    scenario,
    ...(criterion ? { criterion } : {}),
    weights,
    winner,
    tiedWith,
    brokenByEditorialRank: tiedWith.length > 0,
  }
}

/**
 * "Different weights produce different winners — we say which below": the winner under our
 * weights, under equal weights, then with each criterion dominating in turn, computed from the
 * scores so the sentence can never go stale. A tie is named, and it is settled by editorial rank.
 * No entries, no winners.
 */
export function winnersByWeight(
  entries: ScoredEntry[],
  criteria: CriterionRef[],
  editorial: Weights,
): Winner[] {
  const equal: Weights = Object.fromEntries(criteria.map(({ slug }) => [slug, 1]))
  const scenarios: Array<[Winner['scenario'], Weights, CriterionRef?]> = [
    ['editorial', completeWeights(editorial, criteria)],
    ['equal', equal],
    ...criteria.map((criterion): [Winner['scenario'], Weights, CriterionRef] => [
      'dominant',
      { ...equal, [criterion.slug]: DOMINANT_FACTOR },
      criterion,
    ]),
  ]
  return scenarios.flatMap(([scenario, weights, criterion]) => {
    const winner = winnerUnder(entries, criteria, weights, scenario, criterion)
    return winner ? [winner] : []
  })
}
