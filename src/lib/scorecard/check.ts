import type { z } from 'zod'

import { storedScorecard, type StoredScorecard } from './stored'

/** The guide's criteria and ranked entries, in order, with the names readers see. */
export type ScorecardFrame = {
  criteria: { id: string; name: string }[]
  entries: { id: string; name: string }[]
  /** Names of criteria and entries a scorecard names but the guide does not hold, by id. */
  strangers?: { criteria: Record<string, string>; entries: Record<string, string> }
}

export type ScorecardProblem = { path: string; message: string }

export const SCORECARD_PATH = 'scorecardSection.scorecard'

const place = (frame: ScorecardFrame, entryId?: string, criterionId?: string): string => {
  const entry =
    entryId &&
    (frame.entries.find((e) => e.id === entryId)?.name ??
      frame.strangers?.entries[entryId] ??
      `entry ${entryId}`)
  const criterion =
    criterionId &&
    (frame.criteria.find((c) => c.id === criterionId)?.name ??
      frame.strangers?.criteria[criterionId] ??
      `criterion ${criterionId}`)
  return [entry, criterion].filter(Boolean).join(' · ')
}

function describeIssue(frame: ScorecardFrame, issue: z.core.$ZodIssue): ScorecardProblem {
  const [section, first, scores, second, key] = issue.path.map(String)
  const path = [SCORECARD_PATH, ...issue.path.map(String)].join('.')
  if (section === 'weights') {
    return { path, message: `weight of ${place(frame, undefined, first)} ${issue.message}` }
  }
  if (section === 'entries' && scores === 'scores' && second) {
    return { path, message: `${place(frame, first, second)}: ${key ?? 'cell'} ${issue.message}` }
  }
  if (section === 'entries' && first) {
    return { path, message: `${place(frame, first)}: ${scores ?? 'entry'} ${issue.message}` }
  }
  return { path, message: `scorecard ${issue.message}` }
}

/**
 * Reads a scorecard as sent, dropping the scores of entries and criteria this save `removed` from
 * the guide, and refusing what no save may store: a value of the wrong shape, a score
 * outside 0–10 or not whole, a weight outside 0–5, a criterion the guide does not list, an entry
 * the ranking does not hold. Each problem names the entry and the criterion, as the editor shows them.
 */
export function checkScorecard(
  value: unknown,
  frame: ScorecardFrame,
  removed: { criteria: Set<string>; entries: Set<string> } = {
    criteria: new Set(),
    entries: new Set(),
  },
): { scorecard: StoredScorecard; problems: ScorecardProblem[] } {
  const parsed = storedScorecard.safeParse(value ?? {})
  if (!parsed.success) {
    return {
      scorecard: { weights: {}, entries: {} },
      problems: parsed.error.issues.map((issue) => describeIssue(frame, issue)),
    }
  }
  const scorecard = parsed.data
  const problems: ScorecardProblem[] = []
  const criteria = new Set(frame.criteria.map((c) => c.id))
  const entries = new Set(frame.entries.map((e) => e.id))
  // What the same save took out of the guide goes with it: a removed row's or criterion's scores.
  for (const id of removed.entries) if (!entries.has(id)) delete scorecard.entries[id]
  for (const id of removed.criteria) {
    if (criteria.has(id)) continue
    delete scorecard.weights[id]
    for (const entry of Object.values(scorecard.entries)) delete entry.scores[id]
  }
  for (const id of Object.keys(scorecard.weights)) {
    if (!criteria.has(id)) {
      problems.push({
        path: `${SCORECARD_PATH}.weights.${id}`,
        message: `${place(frame, undefined, id)} is not one of this guide's criteria.`,
      })
    }
  }
  for (const [entryId, entry] of Object.entries(scorecard.entries)) {
    if (!entries.has(entryId)) {
      problems.push({
        path: `${SCORECARD_PATH}.entries.${entryId}`,
        message: `${place(frame, entryId)} is not in this guide's ranking.`,
      })
      continue
    }
    for (const criterionId of Object.keys(entry.scores)) {
      if (!criteria.has(criterionId)) {
        problems.push({
          path: `${SCORECARD_PATH}.entries.${entryId}.scores.${criterionId}`,
          message: `${place(frame, entryId, criterionId)}: ${place(frame, undefined, criterionId)} is not one of this guide's criteria.`,
        })
      }
    }
  }
  return { scorecard, problems }
}

/** What publishing needs on top: every entry scored on every criterion, every criterion weighted. */
export function publishProblems(
  scorecard: StoredScorecard,
  frame: ScorecardFrame,
): ScorecardProblem[] {
  const problems: ScorecardProblem[] = []
  for (const criterion of frame.criteria) {
    if (scorecard.weights[criterion.id] === undefined) {
      problems.push({
        path: `${SCORECARD_PATH}.weights.${criterion.id}`,
        message: `${criterion.name}: publishing needs a weight (0–5).`,
      })
    }
  }
  for (const entry of frame.entries) {
    for (const criterion of frame.criteria) {
      const score = scorecard.entries[entry.id]?.scores[criterion.id]?.score
      if (score === null || score === undefined) {
        problems.push({
          path: `${SCORECARD_PATH}.entries.${entry.id}.scores.${criterion.id}.score`,
          message: `${entry.name} · ${criterion.name}: publishing needs a score (0–10).`,
        })
      }
    }
  }
  return problems
}
