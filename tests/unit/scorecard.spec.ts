import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { orderDifferences, rankBy, total, weightedScore } from '@/lib/scorecard/rank'
import {
  SCORE_MAX,
  WEIGHT_MAX,
  WEIGHT_MIN,
  type CriterionRef,
  type ScoredEntry,
  type Weights,
} from '@/lib/scorecard/types'
import {
  MAX_W_CHARS,
  MAX_W_PAIRS,
  canonicalWeights,
  isEditorial,
  parseWeights,
} from '@/lib/scorecard/weights'
import { DOMINANT_FACTOR, winnersByWeight } from '@/lib/scorecard/winners'

// Slugs as the slug field makes them: lowercase, URL-safe, no ':' or ','.
const slugArb = fc.stringMatching(/^[a-z][a-z0-9-]{0,11}$/)
const criteriaArb = fc
  .uniqueArray(slugArb, { minLength: 1, maxLength: 6 })
  .map((slugs): CriterionRef[] => slugs.map((slug) => ({ slug, name: `Criterion ${slug}` })))

const weightArb = fc.integer({ min: WEIGHT_MIN, max: WEIGHT_MAX })
const weightsArb = (criteria: CriterionRef[]): fc.Arbitrary<Weights> =>
  fc
    .tuple(...criteria.map(() => weightArb))
    .map((values) => Object.fromEntries(criteria.map(({ slug }, i) => [slug, values[i]!])))

// A draft may leave a cell empty: null and undefined are part of what the grid can hold.
const scoreArb = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: SCORE_MAX }) },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined) },
)
const scoresArb = (criteria: CriterionRef[]) =>
  fc
    .tuple(...criteria.map(() => scoreArb))
    .map((values) => Object.fromEntries(criteria.map(({ slug }, i) => [slug, values[i]])))

/** Entries with the given score rows, editorial ranks 1..n in a random order. */
const withRanks = (rows: ScoredEntry['scores'][]): fc.Arbitrary<ScoredEntry[]> =>
  fc
    .shuffledSubarray(
      rows.map((_, i) => i + 1),
      { minLength: rows.length, maxLength: rows.length },
    )
    .map((ranks) =>
      rows.map((scores, i) => ({
        key: `k${i}`,
        name: `Entry ${i}`,
        editorialRank: ranks[i]!,
        scores,
      })),
    )

const guideArb = criteriaArb.chain((criteria) =>
  fc.record({
    criteria: fc.constant(criteria),
    editorial: weightsArb(criteria),
    weights: weightsArb(criteria),
    entries: fc
      .array(scoresArb(criteria), { minLength: 1, maxLength: 8 })
      .chain((rows) => withRanks(rows)),
  }),
)

// The test's own reading of a score, independent of the module's: an empty cell counts 0.
const counted = (score: number | null | undefined) => score ?? 0
const editorialOrder = (entries: ScoredEntry[]) =>
  [...entries].sort((a, b) => a.editorialRank - b.editorialRank).map((e) => e.key)

describe('ranking by weighted scores', () => {
  it('entries that all score the same keep the editorial order, whatever the weights', () => {
    const arb = criteriaArb.chain((criteria) =>
      fc.record({
        criteria: fc.constant(criteria),
        weights: weightsArb(criteria),
        entries: fc
          .tuple(scoresArb(criteria), fc.integer({ min: 1, max: 8 }))
          .chain(([scores, n]) => withRanks(Array.from({ length: n }, () => scores))),
      }),
    )
    fc.assert(
      fc.property(arb, ({ criteria, weights, entries }) => {
        const ranked = rankBy(entries, weights, criteria)
        expect(ranked.map((e) => e.key)).toEqual(editorialOrder(entries))
        expect(orderDifferences(entries, weights, criteria)).toEqual([])
      }),
    )
  })

  it("raising one criterion's weight never lowers the rank of the entry that scores highest on it", () => {
    const arb = guideArb.chain((guide) =>
      fc.record({
        guide: fc.constant(guide),
        criterion: fc.constantFrom(...guide.criteria),
        increment: fc.integer({ min: 1, max: WEIGHT_MAX }),
      }),
    )
    fc.assert(
      fc.property(arb, ({ guide: { criteria, weights, entries }, criterion, increment }) => {
        const best = Math.max(...entries.map((e) => counted(e.scores[criterion.slug])))
        const leaders = entries.filter((e) => counted(e.scores[criterion.slug]) === best)
        const raised = {
          ...weights,
          [criterion.slug]: Math.min(WEIGHT_MAX, weights[criterion.slug]! + increment),
        }
        const before = rankBy(entries, weights, criteria)
        const after = rankBy(entries, raised, criteria)
        for (const leader of leaders) {
          const rankBefore = before.find((e) => e.key === leader.key)!.rank
          const rankAfter = after.find((e) => e.key === leader.key)!.rank
          expect(rankAfter).toBeLessThanOrEqual(rankBefore)
        }
      }),
    )
  })

  it('sorts by Σ weight × score and breaks every tie by editorial rank, naming the tie', () => {
    fc.assert(
      fc.property(guideArb, ({ criteria, weights, entries }) => {
        const points = (entry: ScoredEntry) =>
          criteria.reduce((sum, { slug }) => sum + weights[slug]! * counted(entry.scores[slug]), 0)
        const ranked = rankBy(entries, weights, criteria)
        expect(ranked.map((e) => e.rank)).toEqual(entries.map((_, i) => i + 1))
        for (const entry of ranked) {
          expect(entry.points).toBe(points(entry))
          expect(entry.tiedWith.toSorted()).toEqual(
            entries
              .filter((other) => other.key !== entry.key && points(other) === entry.points)
              .map((other) => other.key)
              .toSorted(),
          )
        }
        for (const [above, below] of ranked.slice(1).map((e, i) => [ranked[i]!, e] as const)) {
          if (above.points === below.points) {
            expect(above.editorialRank).toBeLessThan(below.editorialRank)
          } else {
            expect(above.points).toBeGreaterThan(below.points)
          }
        }
      }),
    )
  })

  it('totals count an empty cell as 0 and show the score on the 0–10 scale', () => {
    const criteria = [
      { slug: 'performance', name: 'Performance' },
      { slug: 'ownership', name: 'Ownership' },
    ]
    const entry = {
      key: 'a',
      name: 'A',
      editorialRank: 1,
      scores: { performance: 7, ownership: null },
    }
    expect(total(entry, { performance: 2, ownership: 3 }, criteria)).toEqual({
      points: 14,
      max: 50,
    })
    expect(weightedScore(entry, { performance: 2, ownership: 3 }, criteria)).toBe(2.8)
    expect(weightedScore(entry, { performance: 0, ownership: 0 }, criteria)).toBe(0)
  })

  it('names the entries the weights place elsewhere than the editorial ranking', () => {
    const criteria = [{ slug: 'performance', name: 'Performance' }]
    const entries = [
      { key: 'ours', name: 'Ours', editorialRank: 1, scores: { performance: 5 } },
      { key: 'fast', name: 'Fast', editorialRank: 2, scores: { performance: 9 } },
      { key: 'slow', name: 'Slow', editorialRank: 3, scores: { performance: 1 } },
    ]
    expect(orderDifferences(entries, { performance: 1 }, criteria)).toEqual([
      { key: 'ours', name: 'Ours', editorialRank: 1, computedRank: 2 },
      { key: 'fast', name: 'Fast', editorialRank: 2, computedRank: 1 },
    ])
  })
})

const guide: CriterionRef[] = [
  { slug: 'ai-buildability', name: 'AI-buildability' },
  { slug: 'ownership', name: 'Ownership' },
  { slug: 'performance', name: 'Performance' },
  { slug: 'ecosystem', name: 'Ecosystem' },
  { slug: 'learning-curve', name: 'Learning curve' },
]
const ours: Weights = {
  'ai-buildability': 5,
  ownership: 5,
  performance: 2,
  ecosystem: 2,
  'learning-curve': 1,
}

// What a reader (or a hostile one) can type into `?w=`: real slugs in any case, unknown ones,
// numbers in and out of range, decimals, junk, and stray separators.
const fieldArb = fc.oneof(
  fc.constantFrom(...guide.map((c) => c.slug)),
  fc.constantFrom(...guide.map((c) => ` ${c.slug.toUpperCase()}`)),
  fc.string({ maxLength: 6 }),
)
const valueArb = fc.oneof(
  fc.integer({ min: -20, max: 20 }).map(String),
  fc.double({ noNaN: true }).map(String),
  fc.constantFrom('', 'abc', '0x5', 'Infinity', '1e999', ' 3 ', '2.5', '+4', '.5', ':'),
  fc.string({ maxLength: 4 }),
)
const wishfulW = fc
  .array(fc.tuple(fieldArb, valueArb), { maxLength: 8 })
  .map((pairs) => pairs.map(([field, value]) => `${field}:${value}`).join(','))
const anyW = fc.oneof(wishfulW, fc.string(), fc.string({ unit: 'binary' }))
// What the page's own controls and hand-edited links send: real slugs, numbers in and out of range.
const readerW = fc
  .array(fc.tuple(fc.constantFrom(...guide.map((c) => c.slug)), fc.integer({ min: -2, max: 8 })), {
    maxLength: 7,
  })
  .map((pairs) => pairs.map(([slug, n]) => `${slug}:${n}`).join(','))

describe('reader weights in the URL', () => {
  it('reads `performance:5,ownership:0` and keeps our weight for every criterion left out', () => {
    const weights = parseWeights('performance:5,ownership:0', guide, ours)
    expect(weights).toEqual({ ...ours, performance: 5, ownership: 0 })
    expect(canonicalWeights(weights, guide, ours)).toBe('ownership:0,performance:5')
    expect(isEditorial(weights, guide, ours)).toBe(false)
    // A GET form whose controls are each named `w` sends the same weights as a list.
    expect(parseWeights(['performance:5', 'ownership:0'], guide, ours)).toEqual(weights)
  })

  it('clamps out-of-range numbers, rounds decimals, and ignores junk field by field', () => {
    expect(parseWeights('performance:99', guide, ours).performance).toBe(5)
    expect(parseWeights('performance:-3', guide, ours).performance).toBe(0)
    expect(parseWeights('performance:3.6', guide, ours).performance).toBe(4)
    const junk = parseWeights('ownership:abc,nosuch:3,performance:0x5,ecosystem:4', guide, ours)
    expect(junk).toEqual({ ...ours, ecosystem: 4 })
    expect(canonicalWeights(junk, guide, ours)).toBe('ecosystem:4')
    expect(isEditorial(parseWeights('ownership:abc', guide, ours), guide, ours)).toBe(true)
    expect(parseWeights('ownership:abc,ownership:1,ownership:3', guide, ours).ownership).toBe(1)
    expect(canonicalWeights(parseWeights(null, guide, ours), guide, ours)).toBe('')
  })

  it('reads only a bounded prefix of a huge `w`, and never a pair cut short by the bound', () => {
    const manyPairs = 'nosuch:1,'.repeat(MAX_W_PAIRS) + 'performance:5'
    expect(parseWeights(manyPairs, guide, ours).performance).toBe(ours.performance)
    const cut = `${'z'.repeat(MAX_W_CHARS - 12)},ownership:10`
    expect(cut.length).toBe(MAX_W_CHARS + 1)
    expect(parseWeights(cut, guide, ours).ownership).toBe(ours.ownership)
    expect(parseWeights(cut.slice(1), guide, ours).ownership).toBe(WEIGHT_MAX)
    const huge = Array.from({ length: 10_000 }, () => 'x'.repeat(10_000))
    expect(parseWeights(huge, guide, ours)).toEqual(ours)
  })

  it('a weighting round-trips through its canonical `w`', () => {
    fc.assert(
      fc.property(
        criteriaArb.chain((criteria) =>
          fc.tuple(fc.constant(criteria), weightsArb(criteria), weightsArb(criteria)),
        ),
        ([criteria, editorial, weights]) => {
          const w = canonicalWeights(weights, criteria, editorial)
          expect(parseWeights(w, criteria, editorial)).toEqual(weights)
          expect(isEditorial(weights, criteria, editorial)).toBe(w === '')
        },
      ),
    )
  })

  it('any `w` at all parses without throwing into whole weights 0–5 for exactly the guide’s criteria, and its canonical form is a fixpoint', () => {
    fc.assert(
      fc.property(fc.oneof(anyW, fc.array(anyW, { maxLength: 4 })), (raw) => {
        const weights = parseWeights(raw, guide, ours)
        expect(Object.keys(weights).toSorted()).toEqual(guide.map((c) => c.slug).toSorted())
        for (const weight of Object.values(weights)) {
          expect(Number.isInteger(weight)).toBe(true)
          expect(weight).toBeGreaterThanOrEqual(WEIGHT_MIN)
          expect(weight).toBeLessThanOrEqual(WEIGHT_MAX)
        }
        const canonical = canonicalWeights(weights, guide, ours)
        expect(canonicalWeights(parseWeights(canonical, guide, ours), guide, ours)).toBe(canonical)
      }),
      { numRuns: 500 },
    )
  })

  it('10,000 random `w` values give at most (WEIGHT_MAX + 1) ^ criteria canonical answers', () => {
    const raws = fc.sample(fc.oneof(readerW, anyW), { numRuns: 10_000, seed: 22 })
    const canonical = new Set(
      raws.map((raw) => canonicalWeights(parseWeights(raw, guide, ours), guide, ours)),
    )
    const bound = (WEIGHT_MAX + 1) ** guide.length
    console.log(
      `scorecard: ${raws.length} random w values → ${canonical.size} canonical query strings (bound ${bound})`,
    )
    expect(new Set(raws).size).toBeGreaterThan(canonical.size)
    expect(canonical.size).toBeLessThanOrEqual(bound)
  })
})

describe('which weights produce which winners', () => {
  const criteria = [
    { slug: 'ownership', name: 'Ownership' },
    { slug: 'performance', name: 'Performance' },
  ]
  const entries = [
    { key: 'ours', name: 'Ours', editorialRank: 1, scores: { ownership: 9, performance: 5 } },
    { key: 'fast', name: 'Fast', editorialRank: 2, scores: { ownership: 5, performance: 9 } },
    { key: 'other', name: 'Other', editorialRank: 3, scores: { ownership: 4, performance: 4 } },
  ]

  it('names the winner of each scenario, and a tie with how it is broken', () => {
    const winners = winnersByWeight(entries, criteria, { ownership: 3, performance: 1 })
    expect(
      winners.map((w) => [
        w.scenario,
        w.criterion?.slug,
        w.winner.key,
        w.tiedWith.map((t) => t.key),
      ]),
    ).toEqual([
      ['editorial', undefined, 'ours', []],
      ['equal', undefined, 'ours', ['fast']],
      ['dominant', 'ownership', 'ours', []],
      ['dominant', 'performance', 'fast', []],
    ])
    const equal = winners[1]!
    expect(equal.brokenByEditorialRank).toBe(true)
    expect(equal.weights).toEqual({ ownership: 1, performance: 1 })
    expect(winners[0]!.brokenByEditorialRank).toBe(false)
    expect(winners[3]!.weights).toEqual({ ownership: 1, performance: DOMINANT_FACTOR })
  })

  it('every winner is the top of the ranking under its own weights', () => {
    fc.assert(
      fc.property(guideArb, ({ criteria, editorial, entries }) => {
        const winners = winnersByWeight(entries, criteria, editorial)
        expect(winners).toHaveLength(2 + criteria.length)
        for (const winner of winners) {
          const [first] = rankBy(entries, winner.weights, criteria)
          expect(winner.winner.key).toBe(first!.key)
          expect(winner.tiedWith.map((t) => t.key)).toEqual(first!.tiedWith)
          expect(winner.brokenByEditorialRank).toBe(first!.tiedWith.length > 0)
        }
      }),
    )
  })
})
