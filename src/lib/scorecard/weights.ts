import { clampInt, completeWeights, weightOf } from './clamp'
import { WEIGHT_MAX, WEIGHT_MIN, type CriterionRef, type Weights } from './types'

/**
 * A reader's `?w=slug:n,…` is untrusted and unbounded, so only a fixed prefix of it is read: a
 * hostile URL costs the same as a long honest one. Five criteria need five pairs; 50 leaves room.
 */
export const MAX_W_PAIRS = 50
export const MAX_W_CHARS = 1000

// Plain decimal notation only: Number() would also take '0x5', 'Infinity' and ' ', which no
// control of ours ever writes, and which would make more than one spelling mean the same weight.
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i

/**
 * The `w` text to read, at most MAX_W_CHARS long. Several `w` parameters (a GET form whose
 * controls are each named `w`, or a hand-edited URL) are read as one list, in order.
 * When the text is cut, the last pair is dropped whole: a cut `ownership:10` must not read as 1.
 */
function boundedText(raw: string | string[] | null | undefined): string {
  if (raw == null) return ''
  const parts = (Array.isArray(raw) ? raw.slice(0, MAX_W_PAIRS) : [raw]).map((part) =>
    String(part).slice(0, MAX_W_CHARS + 1),
  )
  const text = parts.join(',')
  if (text.length <= MAX_W_CHARS) return text
  const cut = text.slice(0, MAX_W_CHARS + 1)
  const lastComma = cut.lastIndexOf(',')
  return lastComma < 0 ? '' : cut.slice(0, lastComma)
}

/** A weight typed by a reader, or null when the field is junk and must be ignored. */
function readWeight(value: string): number | null {
  const text = value.trim()
  if (!DECIMAL.test(text)) return null
  // '1e999' is Infinity: a number, just far out of range, so it clamps like 99 does.
  return clampInt(Number(text), WEIGHT_MIN, WEIGHT_MAX)
}

/**
 * Every criterion of the guide gets a weight: the reader's where given and well formed, the
 * editorial one otherwise. Bad fields are ignored one by one, never the whole query and never an
 * error page: a reader who mistypes one weight still sees the others applied. A slug matches
 * case-insensitively, and when a slug comes twice the first well-formed value wins (a junk value
 * is as if it were not there).
 */
export function parseWeights(
  raw: string | string[] | null | undefined,
  criteria: CriterionRef[],
  editorial: Weights,
): Weights {
  const weights = completeWeights(editorial, criteria)
  const bySlug = new Map(criteria.map(({ slug }) => [slug.toLowerCase(), slug]))
  const given = new Set<string>()
  for (const pair of boundedText(raw).split(',', MAX_W_PAIRS)) {
    const colon = pair.indexOf(':')
    if (colon < 0) continue
    const slug = bySlug.get(pair.slice(0, colon).trim().toLowerCase())
    if (slug === undefined || given.has(slug)) continue
    const weight = readWeight(pair.slice(colon + 1))
    if (weight === null) continue
    weights[slug] = weight
    given.add(slug)
  }
  return weights
}

/**
 * The one `w` value for a weighting: pairs in the guide's criteria order, only those that differ
 * from the editorial weights. Every spelling of the same weights gets the same string, so the
 * cache holds at most (WEIGHT_MAX + 1) ^ criteria answers per guide, and '' is the default page.
 * Slugs are URL-safe by construction (the slug field), so nothing here needs escaping.
 */
export function canonicalWeights(
  weights: Weights,
  criteria: CriterionRef[],
  editorial: Weights,
): string {
  const pairs: string[] = []
  for (const { slug } of criteria) {
    const ours = weightOf(editorial, slug)
    // A criterion the weights leave out keeps its editorial weight, as in the URL.
    const theirs = weightOf(weights, slug, ours)
    if (theirs !== ours) pairs.push(`${slug}:${theirs}`)
  }
  return pairs.join(',')
}

/** True when the weights rank exactly as we do: the page then says nothing about "your weights". */
export function isEditorial(
  weights: Weights,
  criteria: CriterionRef[],
  editorial: Weights,
): boolean {
  return canonicalWeights(weights, criteria, editorial) === ''
}
