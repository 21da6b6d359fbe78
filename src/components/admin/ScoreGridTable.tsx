'use client'

import type { KeyboardEvent } from 'react'

import type { StoredScorecard } from '@/lib/scorecard/stored'

import type { GridFrame } from './ScoreGridFrame'

/** A cell's text while it holds what the grid refused, and the message naming it. */
export type Refused = Record<string, { text: string; message: string }>

export const weightKey = (criterionId: string) => `w:${criterionId}`
export const scoreKey = (entryId: string, criterionId: string) => `s:${entryId}:${criterionId}`
export const messageId = (key: string) => `score-grid-message-${key.replace(/:/g, '-')}`

type Props = {
  frame: GridFrame
  scorecard: StoredScorecard
  refused: Refused
  totals: Map<string, { score: number }>
  readOnly: boolean
  open?: { entryId: string; criterionId: string }
  onType: (key: string, text: string) => void
  onOpen: (entryId: string, criterionId: string) => void
}

const MOVES: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
}

/**
 * Arrows move between cells like a spreadsheet (row -1 is the weights). The inputs hold one or
 * two digits and select their text on focus, so the caret has nothing to travel through.
 */
function moveFocus(event: KeyboardEvent<HTMLTableElement>) {
  const move = MOVES[event.key]
  const cell = (event.target as HTMLElement).closest<HTMLElement>('[data-row]')
  if (!move || !cell || event.altKey || event.ctrlKey || event.metaKey) return
  const row = Number(cell.dataset.row) + move[0]
  const col = Number(cell.dataset.col) + move[1]
  const next = event.currentTarget.querySelector<HTMLInputElement>(
    `[data-row="${row}"][data-col="${col}"] input`,
  )
  if (!next) return
  event.preventDefault()
  next.focus()
}

function NumberCell(props: {
  cellKey: string
  label: string
  value: number | null | undefined
  refused: Refused
  readOnly: boolean
  max: number
  onType: (key: string, text: string) => void
  onEnter?: () => void
}) {
  const refused = props.refused[props.cellKey]
  return (
    <input
      className="score-grid__input"
      type="text"
      inputMode="numeric"
      autoComplete="off"
      size={2}
      aria-label={props.label}
      aria-invalid={refused ? true : undefined}
      aria-describedby={refused ? messageId(props.cellKey) : undefined}
      readOnly={props.readOnly}
      value={
        refused?.text ?? (props.value === null || props.value === undefined ? '' : props.value)
      }
      placeholder={`0–${props.max}`}
      onFocus={(event) => event.currentTarget.select()}
      onChange={(event) => props.onType(props.cellKey, event.currentTarget.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && props.onEnter) {
          event.preventDefault()
          props.onEnter()
        }
      }}
    />
  )
}

/** Entries (rows, in rank order) × criteria (columns, in the guide's order), weights on top. */
export function ScoreGridTable({
  frame,
  scorecard,
  refused,
  totals,
  readOnly,
  open,
  ...on
}: Props) {
  return (
    <table className="score-grid__table" aria-describedby="score-grid-keys" onKeyDown={moveFocus}>
      <caption className="score-grid__caption">
        Scores (0–10), weights (0–5) and the weighted total (out of 10)
      </caption>
      <thead>
        <tr>
          <th scope="col">Entry</th>
          {frame.criteria.map((criterion) => (
            <th scope="col" key={criterion.id}>
              {criterion.name}
            </th>
          ))}
          <th scope="col">Total</th>
        </tr>
        <tr className="score-grid__weights">
          <th scope="row">Weight (0–5)</th>
          {frame.criteria.map((criterion, col) => (
            <td key={criterion.id} data-row={-1} data-col={col}>
              <NumberCell
                cellKey={weightKey(criterion.id)}
                label={`${criterion.name} weight`}
                value={scorecard.weights[criterion.id]}
                refused={refused}
                readOnly={readOnly}
                max={5}
                onType={on.onType}
              />
            </td>
          ))}
          <td />
        </tr>
      </thead>
      <tbody>
        {frame.entries.map((entry, row) => {
          const total = totals.get(entry.id)
          return (
            <tr key={entry.id}>
              <th scope="row">
                <span className="score-grid__rank">#{row + 1}</span> {entry.name}
              </th>
              {frame.criteria.map((criterion, col) => {
                const cell = scorecard.entries[entry.id]?.scores[criterion.id]
                const isOpen = open?.entryId === entry.id && open.criterionId === criterion.id
                const toggle = () => on.onOpen(entry.id, criterion.id)
                return (
                  <td key={criterion.id} data-row={row} data-col={col}>
                    <span className="score-grid__cell">
                      <NumberCell
                        cellKey={scoreKey(entry.id, criterion.id)}
                        label={`${entry.name} · ${criterion.name} score`}
                        value={cell?.score}
                        refused={refused}
                        readOnly={readOnly}
                        max={10}
                        onType={on.onType}
                        onEnter={toggle}
                      />
                      {/* Out of the Tab order: Enter on the input opens the same editor. */}
                      <button
                        type="button"
                        tabIndex={-1}
                        className="score-grid__why"
                        aria-label={`${entry.name} · ${criterion.name}: edit rationale`}
                        aria-expanded={isOpen}
                        data-filled={cell?.rationale ? true : undefined}
                        onClick={toggle}
                      >
                        {cell?.rationale ? '¶' : '+'}
                      </button>
                    </span>
                  </td>
                )
              })}
              <td className="score-grid__total">{total?.score.toFixed(1) ?? '–'}</td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
