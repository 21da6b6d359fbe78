import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import {
  movesToOrder,
  readTyped,
  withEntry,
  withRationale,
  withScore,
  withWeight,
} from '@/components/admin/ScoreGridEdits'
import { storedScorecard, type StoredScorecard } from '@/lib/scorecard/stored'

const frame = {
  criteria: [
    { id: '1', name: 'ownership' },
    { id: '2', name: 'performance' },
  ],
  entries: [
    { id: '10', name: 'FastAPI' },
    { id: '11', name: 'Django' },
  ],
}

/** Applies moves the way the form's MOVE_ROW does: one after the other, on the order left. */
function apply(order: string[], moves: { from: number; to: number }[]): string[] {
  const rows = [...order]
  for (const { from, to } of moves) rows.splice(to, 0, ...rows.splice(from, 1))
  return rows
}

describe('score grid: “Use this order”', () => {
  it('the row moves turn any ranking into any order of the same entries', () => {
    const permutation = fc
      .uniqueArray(fc.integer({ min: 1, max: 99 }), { minLength: 0, maxLength: 9 })
      .chain((ids) =>
        fc.tuple(
          fc.constant(ids.map(String)),
          fc.shuffledSubarray(ids.map(String), { minLength: ids.length }),
        ),
      )
    fc.assert(
      fc.property(permutation, ([current, target]) => {
        const moves = movesToOrder(current, target)
        expect(apply(current, moves)).toEqual(target)
        // A ranking already in score order is left alone: no move, so nothing turns dirty.
        expect(moves.length <= Math.max(0, current.length - 1)).toBe(true)
      }),
    )
    expect(movesToOrder(['3', '1', '2'], ['3', '1', '2'])).toEqual([])
  })
})

describe('score grid: what a typed cell stores', () => {
  it('takes exactly the whole numbers in range, and empty clears the cell', () => {
    fc.assert(
      fc.property(fc.integer({ min: -30, max: 30 }), (n) => {
        const typed = readTyped(` ${n} `, 0, 10)
        expect(typed.ok).toBe(n >= 0 && n <= 10)
        if (typed.ok) expect(typed.value).toBe(n)
        else expect(typed.reason).toContain('out of range (0–10)')
      }),
    )
    expect(readTyped('', 0, 5)).toEqual({ ok: true, value: null })
    for (const junk of ['7.5', 'e', '1e1', '0x5', '--1']) {
      expect(readTyped(junk, 0, 10)).toEqual({
        ok: false,
        reason: `“${junk}” is not a whole number (0–10)`,
      })
    }
  })
})

describe('score grid: edits of the stored value', () => {
  const seeded: StoredScorecard = {
    weights: { '1': 4, '2': 1, '9': 3 },
    entries: {
      '10': {
        scores: { '1': { score: 8, rationale: 'Yours.' }, '9': { score: 2, rationale: '' } },
        reviewed: null,
        note: '',
      },
      '12': { scores: { '1': { score: 5, rationale: '' } }, reviewed: null, note: 'gone' },
    },
  }

  it('changes the one cell, keeps its rationale, and leaves a value the hook accepts', () => {
    const next = withScore(seeded, frame, '10', '1', 7)
    expect(next.entries['10']!.scores['1']).toEqual({ score: 7, rationale: 'Yours.' })
    expect(next).not.toBe(seeded)
    expect(seeded.entries['10']!.scores['1']!.score).toBe(8)
    expect(storedScorecard.safeParse(next).success).toBe(true)
  })

  it('drops what the guide no longer holds: a removed entry and a removed criterion', () => {
    const next = withWeight(seeded, frame, '2', null)
    expect(next.weights).toEqual({ '1': 4 })
    expect(Object.keys(next.entries)).toEqual(['10'])
    expect(Object.keys(next.entries['10']!.scores)).toEqual(['1'])
  })

  it('writes a rationale before a score, and an entry’s note and review date', () => {
    let next = withRationale(seeded, frame, '11', '2', 'Slower-moving.')
    next = withEntry(next, frame, '11', { note: 'Ranked for its admin.', reviewed: '2026-12-01' })
    expect(next.entries['11']).toEqual({
      scores: { '2': { score: null, rationale: 'Slower-moving.' } },
      reviewed: '2026-12-01',
      note: 'Ranked for its admin.',
    })
    expect(storedScorecard.safeParse(next).success).toBe(true)
  })
})
