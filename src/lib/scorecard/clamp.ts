import {
  DEFAULT_WEIGHT,
  SCORE_MAX,
  SCORE_MIN,
  WEIGHT_MAX,
  WEIGHT_MIN,
  type CriterionRef,
  type Weights,
} from './types'

/**
 * Rounds then clamps. Whole numbers only ever reach the arithmetic, so totals are exact integers
 * and two rankings compare without float noise. Math.max(min, -0) is +0, so no -0 leaks out.
 */
export function clampInt(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, Math.round(value)))
}

/** A stored or typed score as it counts: missing or not a number counts 0, like an empty cell. */
export function scoreOf(value: number | null | undefined): number {
  return typeof value === 'number' && Number.isFinite(value)
    ? clampInt(value, SCORE_MIN, SCORE_MAX)
    : SCORE_MIN
}

/**
 * A weight as it counts. A criterion with no weight weighs `fallback`: DEFAULT_WEIGHT for the
 * editorial weights, the editorial weight for a reader's.
 */
export function weightOf(weights: Weights, slug: string, fallback = DEFAULT_WEIGHT): number {
  const value = Object.hasOwn(weights, slug) ? weights[slug] : undefined
  if (typeof value !== 'number' || Number.isNaN(value)) return fallback
  return clampInt(value, WEIGHT_MIN, WEIGHT_MAX)
}

/** Exactly the guide's criteria, each with a whole weight in range; other slugs are dropped. */
export function completeWeights(weights: Weights, criteria: CriterionRef[]): Weights {
  const complete: Weights = {}
  for (const { slug } of criteria) complete[slug] = weightOf(weights, slug)
  return complete
}
