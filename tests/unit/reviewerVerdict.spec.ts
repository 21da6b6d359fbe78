import { describe, expect, it } from 'vitest'

import { verdictOf } from '@/lib/review/reviewerVerdict'
import type { ReviewComment } from '@/payload-types'

const verdict = (verdict: 'approve' | 'changes', draftVersion: string, createdAt: string) =>
  ({ id: 1, kind: 'verdict', verdict, draftVersion, createdAt }) as ReviewComment

const draft = { key: '12', savedAt: '2026-12-04T10:00:00.000Z' }

describe('verdictOf: what the reviewer’s verdict box says', () => {
  it('approved or changes requested, for the draft on screen', () => {
    expect(verdictOf([verdict('approve', '12', '2026-12-04T10:05:00.000Z')], draft).state).toBe(
      'approved',
    )
    expect(verdictOf([verdict('changes', '12', '2026-12-04T10:05:00.000Z')], draft).state).toBe(
      'changes',
    )
  })

  it('for an earlier draft: another version, or this one saved again since', () => {
    expect(verdictOf([verdict('approve', '11', '2026-12-04T10:05:00.000Z')], draft).state).toBe(
      'earlier-draft',
    )
    // An autosave rewrites the same version row: later than the verdict, it is another draft.
    expect(verdictOf([verdict('approve', '12', '2026-12-04T09:59:00.000Z')], draft).state).toBe(
      'earlier-draft',
    )
  })

  it('none yet', () => {
    expect(verdictOf([], draft)).toEqual({ state: 'none' })
  })
})
