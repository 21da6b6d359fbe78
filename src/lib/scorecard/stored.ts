import { z } from 'zod'

/**
 * What a guide stores in `scorecardSection.scorecard`: the editorial weight of each of its criteria
 * and each ranked entry's score and rationale per criterion, keyed by document id (a renamed
 * criterion or framework keeps its scores). One JSON value, so the score grid edits it as a
 * whole and drafts, versions, releases and the archive carry it like any other field.
 */
const idKey = z.string().regex(/^\d{1,12}$/, 'must be a document id')

export const RATIONALE_MAX_LENGTH = 400
export const NOTE_MAX_LENGTH = 400

const cell = z
  .object({
    score: z
      .number({ error: 'must be a number' })
      .int('must be a whole number')
      .min(0, 'must be 0 or more')
      .max(10, 'must be 10 or less')
      .nullable()
      .default(null),
    rationale: z.string().max(RATIONALE_MAX_LENGTH).default(''),
  })
  .strict()

const entry = z
  .object({
    scores: z.record(idKey, cell).default({}),
    reviewed: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date (YYYY-MM-DD)')
      .nullable()
      .default(null),
    note: z.string().max(NOTE_MAX_LENGTH).default(''),
  })
  .strict()

export const storedScorecard = z
  .object({
    weights: z
      .record(
        idKey,
        z
          .number({ error: 'must be a number' })
          .int('must be a whole number')
          .min(0, 'must be 0 or more')
          .max(5, 'must be 5 or less'),
      )
      .default({}),
    entries: z.record(idKey, entry).default({}),
  })
  .strict()

export type StoredScorecard = z.output<typeof storedScorecard>
export type StoredCell = z.output<typeof cell>
export type StoredEntry = z.output<typeof entry>

export const emptyScorecard = (): StoredScorecard => ({ weights: {}, entries: {} })

/** A stored value read leniently (an empty or foreign value reads as an empty scorecard). */
export function readScorecard(value: unknown): StoredScorecard {
  const parsed = storedScorecard.safeParse(value ?? {})
  return parsed.success ? parsed.data : emptyScorecard()
}
