import { scoreOf, weightOf } from './clamp'
import { SCORE_MAX, type CriterionRef, type ScoredEntry, type Weights } from './types'

export type RankedEntry = ScoredEntry & { rank: number; points: number; tiedWith: string[] }

/**
 * Σ weight × score over the guide's criteria, and the most it could be. Both are whole numbers
 * (scores and weights are clamped to whole numbers first), so rankings compare exactly.
 */
export function total(
  entry: ScoredEntry,
  weights: Weights,
  criteria: CriterionRef[],
): { points: number; max: number } {
  let points = 0
  let max = 0
  for (const { slug } of criteria) {
    const weight = weightOf(weights, slug)
    points += weight * scoreOf(entry.scores[slug])
    max += weight * SCORE_MAX
  }
  return { points, max }
}

/** The total on the 0–10 scale of the scores, to one decimal, for display only (never to sort). */
export function weightedScore(
  entry: ScoredEntry,
  weights: Weights,
  criteria: CriterionRef[],
): number {
  const { points, max } = total(entry, weights, criteria)
  return max === 0 ? 0 : Math.round((points * 100) / max) / 10
}

/**
 * Most points first; equal points keep the editorial order, so a tie never reorders what we
 * ranked and the same weights always give the same order. The key settles duplicate editorial
 * ranks (a draft mid-edit) so the order never depends on the input's order.
 */
export function rankBy(
  entries: ScoredEntry[],
  weights: Weights,
  criteria: CriterionRef[],
): RankedEntry[] {
  const scored = entries.map((entry) => ({ entry, points: total(entry, weights, criteria).points }))
  scored.sort(
    (a, b) =>
      b.points - a.points ||
      a.entry.editorialRank - b.entry.editorialRank ||
      (a.entry.key < b.entry.key ? -1 : a.entry.key > b.entry.key ? 1 : 0),
  )
  return scored.map(({ entry, points }, index) => ({
    ...entry,
    rank: index + 1,
    points,
    tiedWith: scored
      .filter((other) => other.points === points && other.entry.key !== entry.key)
      .map((other) => other.entry.key),
  }))
}

/**
 * The entries the weights place elsewhere than the editorial ranking does, in editorial order:
 * what the editor must accept or explain with a public note before publishing.
 */
export function orderDifferences(
  entries: ScoredEntry[],
  weights: Weights,
  criteria: CriterionRef[],
): Array<{ key: string; name: string; editorialRank: number; computedRank: number }> {
  return rankBy(entries, weights, criteria)
    .filter((entry) => entry.rank !== entry.editorialRank)
    .sort((a, b) => a.editorialRank - b.editorialRank || a.rank - b.rank)
    .map(({ key, name, editorialRank, rank }) => ({
      key,
      name,
      editorialRank,
      computedRank: rank,
    }))
}
