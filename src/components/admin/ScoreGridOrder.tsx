'use client'

import type { RankedEntry } from '@/lib/scorecard/rank'

type Difference = { key: string; name: string; editorialRank: number; computedRank: number }

type Props = {
  ranked: (RankedEntry & { score: number })[]
  differences: Difference[]
  notes: Record<string, string>
  readOnly: boolean
  /** Why "Use this order" cannot reorder the rows now, if it cannot. */
  blocked?: string
  onUseOrder: () => void
  onWriteNote: (entryId: string) => void
}

/**
 * Beside the grid, live: the order the weighted totals give, and where our ranking differs from
 * it, with the two ways out: take the score order, or explain the difference in a public note.
 */
export function ScoreGridOrder({ ranked, differences, notes, readOnly, blocked, ...on }: Props) {
  return (
    <aside className="score-grid__order" aria-labelledby="score-grid-order-heading">
      <h4 id="score-grid-order-heading">Order by weighted score</h4>
      <ol className="score-grid__totals">
        {ranked.map((entry) => (
          <li key={entry.key}>
            <span>{entry.name}</span>{' '}
            <span className="score-grid__points">{entry.score.toFixed(1)}</span>
            {entry.rank !== entry.editorialRank && (
              <span className="score-grid__ours"> (ours #{entry.editorialRank})</span>
            )}
          </li>
        ))}
      </ol>
      {differences.length === 0 ? (
        <p className="score-grid__agrees" role="status">
          Our ranking follows the weighted scores.
        </p>
      ) : (
        <div className="score-grid__warning" role="status">
          <p>
            <strong>Our ranking differs from the weighted scores.</strong> Before publishing, use
            the score order or give each entry a public note:
          </p>
          <ul>
            {differences.map((difference) => (
              <li key={difference.key}>
                {difference.name}: ranked #{difference.editorialRank}, #{difference.computedRank} by
                score.{' '}
                {notes[difference.key]?.trim() ? (
                  <em>Public note: “{notes[difference.key]}”</em>
                ) : (
                  <button
                    type="button"
                    className="score-grid__link"
                    disabled={readOnly}
                    onClick={() => on.onWriteNote(difference.key)}
                  >
                    Write a public note for {difference.name}
                  </button>
                )}
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="btn btn--style-primary btn--size-small"
            disabled={readOnly || Boolean(blocked)}
            title={blocked}
            onClick={on.onUseOrder}
          >
            Use this order
          </button>
          {blocked && <p className="score-grid__hint">{blocked}</p>}
        </div>
      )}
    </aside>
  )
}
