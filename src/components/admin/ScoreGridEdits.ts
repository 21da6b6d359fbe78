import type { ScorecardFrame } from '@/lib/scorecard/check'
import type { StoredEntry, StoredScorecard } from '@/lib/scorecard/stored'

/**
 * The score grid's edits of a stored scorecard. Each returns a new value (the form compares by
 * reference to know the document changed) holding only the frame's entries and criteria: a row or
 * criterion the marketer removed from the guide takes its scores with it on the next edit.
 */

/** What a marketer typed in a score or weight cell: a number to store, or why it is refused. */
export type Typed = { ok: true; value: number | null } | { ok: false; reason: string }

/** Empty clears the cell; anything but a whole number from `min` to `max` is refused. */
export function readTyped(text: string, min: number, max: number): Typed {
  const trimmed = text.trim()
  if (trimmed === '') return { ok: true, value: null }
  if (!/^-?\d+$/.test(trimmed)) {
    return { ok: false, reason: `“${trimmed}” is not a whole number (${min}–${max})` }
  }
  const value = Number(trimmed)
  if (value < min || value > max) {
    return { ok: false, reason: `${value} is out of range (${min}–${max})` }
  }
  return { ok: true, value }
}

const emptyEntry = (): StoredEntry => ({ scores: {}, reviewed: null, note: '' })

/** The value with only the frame's entries and criteria, copied one level deep per entry. */
function within(scorecard: StoredScorecard, frame: ScorecardFrame): StoredScorecard {
  const criteria = frame.criteria.map((c) => c.id)
  const weights: StoredScorecard['weights'] = {}
  for (const id of criteria) {
    const weight = scorecard.weights[id]
    if (weight !== undefined) weights[id] = weight
  }
  const entries: StoredScorecard['entries'] = {}
  for (const { id } of frame.entries) {
    const entry = scorecard.entries[id]
    if (!entry) continue
    const scores: StoredEntry['scores'] = {}
    for (const criterion of criteria) {
      const cell = entry.scores[criterion]
      if (cell) scores[criterion] = { ...cell }
    }
    entries[id] = { ...entry, scores }
  }
  return { weights, entries }
}

function entryOf(scorecard: StoredScorecard, entryId: string): StoredEntry {
  const entry = scorecard.entries[entryId] ?? emptyEntry()
  scorecard.entries[entryId] = entry
  return entry
}

export function withScore(
  scorecard: StoredScorecard,
  frame: ScorecardFrame,
  entryId: string,
  criterionId: string,
  score: number | null,
): StoredScorecard {
  const next = within(scorecard, frame)
  const entry = entryOf(next, entryId)
  entry.scores[criterionId] = { rationale: '', ...entry.scores[criterionId], score }
  return next
}

export function withRationale(
  scorecard: StoredScorecard,
  frame: ScorecardFrame,
  entryId: string,
  criterionId: string,
  rationale: string,
): StoredScorecard {
  const next = within(scorecard, frame)
  const entry = entryOf(next, entryId)
  entry.scores[criterionId] = { score: null, ...entry.scores[criterionId], rationale }
  return next
}

/** A cleared weight is left out: publishing then names the criterion that needs one. */
export function withWeight(
  scorecard: StoredScorecard,
  frame: ScorecardFrame,
  criterionId: string,
  weight: number | null,
): StoredScorecard {
  const next = within(scorecard, frame)
  if (weight === null) delete next.weights[criterionId]
  else next.weights[criterionId] = weight
  return next
}

export function withEntry(
  scorecard: StoredScorecard,
  frame: ScorecardFrame,
  entryId: string,
  change: Partial<Pick<StoredEntry, 'reviewed' | 'note'>>,
): StoredScorecard {
  const next = within(scorecard, frame)
  Object.assign(entryOf(next, entryId), change)
  return next
}

/**
 * The array-row moves that turn `current` into `target` (the same keys, reordered), each
 * `from`/`to` an index in the order left by the moves before it, as the form's moveFieldRow
 * applies them one by one.
 */
export function movesToOrder(current: string[], target: string[]): { from: number; to: number }[] {
  const order = [...current]
  const moves: { from: number; to: number }[] = []
  target.forEach((key, to) => {
    const from = order.indexOf(key)
    if (from < 0 || from === to) return
    order.splice(from, 1)
    order.splice(to, 0, key)
    moves.push({ from, to })
  })
  return moves
}
