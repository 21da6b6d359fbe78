/**
 * The shapes the scorecard logic works on. Everything is keyed by criterion *slug* because the
 * slug is what a reader's `?w=` names; the schema maps its ids to slugs before calling in here.
 */

/** One of the guide's criteria; arrays of these are always in the guide's order. */
export type CriterionRef = { slug: string; name: string }

/**
 * A ranked entry: its editorial rank (1-based, the order the marketer chose) and its score on each
 * criterion by slug. A score may be missing while drafting; it then counts as 0.
 */
export type ScoredEntry = {
  key: string
  name: string
  editorialRank: number
  scores: Record<string, number | null | undefined>
}

/** Weights by criterion slug, whole numbers WEIGHT_MIN..WEIGHT_MAX. */
export type Weights = Record<string, number>

export const SCORE_MIN = 0
export const SCORE_MAX = 10
export const WEIGHT_MIN = 0
export const WEIGHT_MAX = 5

/**
 * The weight of a criterion that has none (a criterion added to a guide before the marketer set
 * its weight): it counts like the others rather than silently dropping out of the totals.
 */
export const DEFAULT_WEIGHT = 1
