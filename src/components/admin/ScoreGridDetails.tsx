'use client'

import { useEffect, useRef } from 'react'

import { NOTE_MAX_LENGTH, RATIONALE_MAX_LENGTH, type StoredEntry } from '@/lib/scorecard/stored'

type Props = {
  entry: { id: string; name: string }
  criterion?: { id: string; name: string }
  stored: StoredEntry | undefined
  readOnly: boolean
  /** Which field takes the focus when the editor opens. */
  focus: 'rationale' | 'note'
  onRationale: (text: string) => void
  onEntry: (change: Partial<Pick<StoredEntry, 'reviewed' | 'note'>>) => void
  onClose: () => void
}

/**
 * One cell's rationale, with its entry's "last reviewed" date and public note: what a reader sees
 * beside the score and beside the entry. Escape or Done hands the focus back to the grid.
 */
export function ScoreGridDetails({ entry, criterion, stored, readOnly, focus, ...on }: Props) {
  const first = useRef<HTMLTextAreaElement>(null)
  const note = useRef<HTMLTextAreaElement>(null)
  const place = criterion ? `${entry.name} · ${criterion.name}` : entry.name

  useEffect(() => {
    ;(focus === 'note' || !criterion ? note : first).current?.focus()
  }, [focus, criterion, entry.id])

  return (
    <section
      className="score-grid__details"
      aria-label={`${place}: rationale, review date and note`}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault()
          on.onClose()
        }
      }}
    >
      <h4 className="score-grid__details-heading">{place}</h4>
      {criterion && (
        <label className="score-grid__label">
          <span>Why this score (public, one or two sentences)</span>
          <textarea
            ref={first}
            aria-label={`${place} rationale`}
            maxLength={RATIONALE_MAX_LENGTH}
            rows={2}
            readOnly={readOnly}
            value={stored?.scores[criterion.id]?.rationale ?? ''}
            onChange={(event) => on.onRationale(event.currentTarget.value)}
          />
        </label>
      )}
      <label className="score-grid__label score-grid__label--date">
        <span>{entry.name}: last reviewed</span>
        <input
          type="date"
          aria-label={`${entry.name} last reviewed`}
          readOnly={readOnly}
          value={stored?.reviewed ?? ''}
          onChange={(event) => on.onEntry({ reviewed: event.currentTarget.value || null })}
        />
      </label>
      <label className="score-grid__label">
        <span>
          {entry.name}: public note, shown beside the entry when its rank differs from its weighted
          score
        </span>
        <textarea
          ref={note}
          aria-label={`${entry.name} public note`}
          maxLength={NOTE_MAX_LENGTH}
          rows={2}
          readOnly={readOnly}
          value={stored?.note ?? ''}
          onChange={(event) => on.onEntry({ note: event.currentTarget.value })}
        />
      </label>
      <button
        type="button"
        className="btn btn--style-secondary btn--size-small"
        onClick={on.onClose}
      >
        Done
      </button>
    </section>
  )
}
