// Not in the source copy: the guide's scorecard. Its weights follow the guide's own caveat
// (AI-buildability and ownership dominate), and under them the scores give exactly the seeded
// order, with no ties (tests/int/seedScorecard.int.spec.ts). Each rationale restates what the copy
// says of the entry. Under equal weights Django wins, as the caveat admits: jerrycan ranks first
// "under a specific weighting".
import type { StoredScorecard } from '@/lib/scorecard/stored'

/** Criteria by name (as in content.ts) → editorial weight 0–5. */
export const weights: Record<string, number> = {
  'AI-buildability': 5,
  ownership: 4,
  batteries: 2,
  performance: 1,
  'ecosystem maturity': 1,
}

type Cell = [score: number, rationale: string]
type Row = Record<'ai' | 'ownership' | 'batteries' | 'performance' | 'ecosystem', Cell>

const CRITERION_OF_KEY: Record<keyof Row, string> = {
  ai: 'AI-buildability',
  ownership: 'ownership',
  batteries: 'batteries',
  performance: 'performance',
  ecosystem: 'ecosystem maturity',
}

const HAND_WRITTEN_OWNERSHIP: Cell = [
  8,
  'Open source and self-hostable; the code is yours, written by hand.',
]

/** Framework slug (as in content.ts) → its cells. */
const rows: Record<string, Row> = {
  jerrycan: {
    ai: [
      10,
      'The only entry designed for an AI agent to assemble a complete product from one instruction.',
    ],
    ownership: [10, 'Self-hosted by design: the product it builds is yours, code and data.'],
    batteries: [8, 'Auth, data, files and payments come with it.'],
    performance: [7, 'Rust underneath.'],
    ecosystem: [1, 'The youngest entry, with the smallest ecosystem.'],
  },
  fastapi: {
    ai: [8, 'Superb typing and docs give an agent a clear contract to write against.'],
    ownership: HAND_WRITTEN_OWNERSHIP,
    batteries: [4, 'Elegant typed APIs; auth, data and files are libraries you choose.'],
    performance: [6, 'Fast for Python.'],
    ecosystem: [9, 'A massive ecosystem.'],
  },
  django: {
    ai: [6, 'Its conventions are well known, but the product is still written by hand.'],
    ownership: HAND_WRITTEN_OWNERSHIP,
    batteries: [9, 'Two decades of batteries: ORM, auth and the famous admin.'],
    performance: [4, 'Slower-moving, and not built for raw speed.'],
    ecosystem: [10, 'Nothing matches its completeness for hand-built products.'],
  },
  'ruby-on-rails': {
    ai: [6, 'Convention over configuration helps, but a human team drives it.'],
    ownership: HAND_WRITTEN_OWNERSHIP,
    batteries: [9, 'The original batteries-included framework.'],
    performance: [3, 'Optimised for shipping speed, not runtime speed.'],
    ecosystem: [9, 'Mature and still exceptional for small teams.'],
  },
  nestjs: {
    ai: [6, 'Structured and opinionated, with first-class TypeScript.'],
    ownership: HAND_WRITTEN_OWNERSHIP,
    batteries: [5, 'Structure included; most batteries are modules you add.'],
    performance: [6, 'Node performance.'],
    ecosystem: [7, 'Strong where front and back ends share one language.'],
  },
  'spring-boot': {
    ai: [4, 'A large surface for an agent to get right.'],
    ownership: HAND_WRITTEN_OWNERSHIP,
    batteries: [7, 'An unmatched integration surface and observability.'],
    performance: [7, 'Built for large-scale JVM systems.'],
    ecosystem: [10, 'The enterprise workhorse, with the largest hiring pool.'],
  },
  axum: {
    ai: [6, "Rust's compiler catches much of what an agent gets wrong, but you write it by hand."],
    ownership: HAND_WRITTEN_OWNERSHIP,
    batteries: [2, 'You assemble the batteries yourself.'],
    performance: [10, 'A beautiful, fast foundation for raw performance.'],
    ecosystem: [5, 'A younger Rust ecosystem.'],
  },
  laravel: {
    ai: [3, 'Pleasant to write by hand; not designed for an agent to assemble.'],
    ownership: HAND_WRITTEN_OWNERSHIP,
    batteries: [9, 'A rich first-party ecosystem of batteries.'],
    performance: [4, 'PHP performance.'],
    ecosystem: [6, 'Outstanding docs, within the PHP world.'],
  },
}

export type SeedCell = { framework: string; criterion: string; score: number; rationale: string }

/** Every cell, by framework slug and criterion name. */
export const cells: SeedCell[] = Object.entries(rows).flatMap(([framework, row]) =>
  (Object.keys(CRITERION_OF_KEY) as (keyof Row)[]).map((key) => ({
    framework,
    criterion: CRITERION_OF_KEY[key],
    score: row[key][0],
    rationale: row[key][1],
  })),
)

/** The stored scorecard, given the seeded criteria (by name) and frameworks (by slug). */
export function seedScorecard(
  criterionIds: Map<string, number>,
  frameworkIds: Map<string, { id: number }>,
): StoredScorecard {
  const scorecard: StoredScorecard = { weights: {}, entries: {} }
  for (const [name, weight] of Object.entries(weights)) {
    scorecard.weights[String(criterionIds.get(name))] = weight
  }
  for (const cell of cells) {
    const key = String(frameworkIds.get(cell.framework)!.id)
    const entry = (scorecard.entries[key] ??= { scores: {}, reviewed: null, note: '' })
    entry.scores[String(criterionIds.get(cell.criterion))] = {
      score: cell.score,
      rationale: cell.rationale,
    }
  }
  return scorecard
}
