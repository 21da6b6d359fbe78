'use client'

import { FieldDescription, FieldError, FieldLabel, useField, useForm } from '@payloadcms/ui'
import type { JSONFieldClientComponent } from 'payload'
import { useMemo, useRef, useState } from 'react'

import { scoredEntries } from '@/lib/scorecard/frame'
import { orderDifferences, rankBy, weightedScore } from '@/lib/scorecard/rank'
import { readScorecard, type StoredScorecard } from '@/lib/scorecard/stored'
import { SCORE_MAX, SCORE_MIN, WEIGHT_MAX, WEIGHT_MIN } from '@/lib/scorecard/types'

import { ScoreGridDetails } from './ScoreGridDetails'
import {
  movesToOrder,
  readTyped,
  withEntry,
  withRationale,
  withScore,
  withWeight,
} from './ScoreGridEdits'
import { useScoreGridFrame } from './ScoreGridFrame'
import { ScoreGridOrder } from './ScoreGridOrder'
import { messageId, ScoreGridTable, type Refused } from './ScoreGridTable'
import './ScoreGrid.scss'

type Open = { entryId: string; criterionId?: string; focus: 'rationale' | 'note' }

/**
 * The guide's scorecard (one JSON value) edited as a grid. Every edit goes through useField's
 * setValue, so the document turns dirty and autosave and Live Preview carry it like any field.
 * What the grid refuses (a score outside 0–10, a weight outside 0–5) never reaches the value: the
 * cell keeps the typed text and a message names the entry and the criterion.
 */
export const ScoreGrid: JSONFieldClientComponent = ({ field, path: pathFromProps, readOnly }) => {
  const { value, setValue, path, showError, errorMessage, disabled } = useField<unknown>({
    potentiallyStalePath: pathFromProps,
  })
  const { moveFieldRow } = useForm()
  const frame = useScoreGridFrame()
  const scorecard = useMemo(() => readScorecard(value), [value])
  // Two edits before the next render both build on the newest value, not on the same stale one.
  const latest = useRef(scorecard)
  latest.current = scorecard
  const [refused, setRefused] = useState<Refused>({})
  const [open, setOpen] = useState<Open>()
  const locked = Boolean(readOnly || disabled)

  const edit = (change: (current: StoredScorecard) => StoredScorecard) => {
    latest.current = change(latest.current)
    setValue(latest.current)
  }

  const [entries, weights, criteria] = scoredEntries(scorecard, frame)
  const ranked = rankBy(entries, weights, criteria).map((entry) => ({
    ...entry,
    score: weightedScore(entry, weights, criteria),
  }))
  const totals = new Map(ranked.map((entry) => [entry.key, entry]))
  const differences = orderDifferences(entries, weights, criteria)
  const nameOf = (list: { id: string; name: string }[], id: string) =>
    list.find((item) => item.id === id)?.name ?? id

  const onType = (key: string, text: string) => {
    const [kind, first = '', second = ''] = key.split(':')
    const isWeight = kind === 'w'
    const typed = isWeight
      ? readTyped(text, WEIGHT_MIN, WEIGHT_MAX)
      : readTyped(text, SCORE_MIN, SCORE_MAX)
    const rest = Object.fromEntries(Object.entries(refused).filter(([other]) => other !== key))
    if (!typed.ok) {
      const place = isWeight
        ? `${nameOf(frame.criteria, first)} weight`
        : `${nameOf(frame.entries, first)} · ${nameOf(frame.criteria, second)}`
      setRefused({ ...rest, [key]: { text, message: `${place}: ${typed.reason}; not saved.` } })
      return
    }
    setRefused(rest)
    edit((current) =>
      isWeight
        ? withWeight(current, frame, first, typed.value)
        : withScore(current, frame, first, second, typed.value),
    )
  }

  const takeScoreOrder = () => {
    for (const { from, to } of movesToOrder(
      frame.rows,
      ranked.map((entry) => entry.key),
    )) {
      moveFieldRow({ moveFromIndex: from, moveToIndex: to, path: 'ranking' })
    }
  }
  const rowsComplete = frame.rows.every(Boolean) && new Set(frame.rows).size === frame.rows.length

  const openEntry = open && frame.entries.find((entry) => entry.id === open.entryId)
  const openCriterion = open?.criterionId
    ? frame.criteria.find((criterion) => criterion.id === open.criterionId)
    : undefined
  const closeDetails = () => {
    const selector = open?.criterionId
      ? `[aria-label="${CSS.escape(`${openEntry?.name} · ${openCriterion?.name} score`)}"]`
      : undefined
    setOpen(undefined)
    if (selector) document.querySelector<HTMLInputElement>(selector)?.focus()
  }

  return (
    <div className={['field-type', 'score-grid', showError && 'error'].filter(Boolean).join(' ')}>
      <FieldLabel label={field.label} path={path} />
      <FieldError path={path} showError={showError} message={errorMessage} />
      {frame.criteria.length === 0 || frame.entries.length === 0 ? (
        <p className="score-grid__empty">
          Add criteria (Criteria tab) and entries (Ranking tab) to score them here.
        </p>
      ) : (
        <div className="score-grid__layout">
          <div className="score-grid__main">
            <p className="score-grid__keys" id="score-grid-keys">
              Tab or the arrow keys move between cells; a number sets the cell; Enter opens its
              rationale.
            </p>
            <div className="score-grid__scroll">
              <ScoreGridTable
                frame={frame}
                scorecard={scorecard}
                refused={refused}
                totals={totals}
                readOnly={locked}
                open={open?.criterionId ? { ...open, criterionId: open.criterionId } : undefined}
                onType={onType}
                onOpen={(entryId, criterionId) =>
                  setOpen(
                    open?.entryId === entryId && open.criterionId === criterionId
                      ? undefined
                      : { entryId, criterionId, focus: 'rationale' },
                  )
                }
              />
            </div>
            {Object.keys(refused).length > 0 && (
              <ul className="score-grid__refused" role="alert">
                {Object.entries(refused).map(([key, { message }]) => (
                  <li key={key} id={messageId(key)}>
                    {message}
                  </li>
                ))}
              </ul>
            )}
            {openEntry && (
              <ScoreGridDetails
                key={`${open.entryId}:${open.criterionId ?? ''}:${open.focus}`}
                entry={openEntry}
                criterion={openCriterion}
                stored={scorecard.entries[openEntry.id]}
                readOnly={locked}
                focus={open.focus}
                onRationale={(text) =>
                  edit((current) =>
                    withRationale(current, frame, openEntry.id, open.criterionId!, text),
                  )
                }
                onEntry={(change) =>
                  edit((current) => withEntry(current, frame, openEntry.id, change))
                }
                onClose={closeDetails}
              />
            )}
          </div>
          <ScoreGridOrder
            ranked={ranked}
            differences={differences}
            notes={Object.fromEntries(
              Object.entries(scorecard.entries).map(([id, entry]) => [id, entry.note]),
            )}
            readOnly={locked}
            blocked={rowsComplete ? undefined : 'Choose a framework for every ranking row first.'}
            onUseOrder={takeScoreOrder}
            onWriteNote={(entryId) => setOpen({ entryId, focus: 'note' })}
          />
        </div>
      )}
      <FieldDescription description={field.admin?.description} path={path} />
    </div>
  )
}
