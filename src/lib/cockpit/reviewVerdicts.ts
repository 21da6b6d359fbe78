import type { PayloadRequest } from 'payload'

import { currentDraft, type DraftStamp, type Reviewable } from '@/lib/review/draftVersion'
import { verdictState, type VerdictState } from '@/lib/review/verdicts'
import type { ReviewComment } from '@/payload-types'

/** What one verdict says about the draft as it stands now. */
export type VerdictReading = 'approves' | 'changes' | 'earlier-draft'

export const READING_TEXT: Record<VerdictReading, string> = {
  approves: 'Approves this draft',
  changes: 'Changes requested',
  'earlier-draft': 'for an earlier draft',
}

/**
 * A verdict counts for the current draft when it names it and came after its last save (an
 * autosave rewrites the same version row), as src/lib/review/verdicts.ts reads it for the gate.
 */
export function verdictReading(verdict: ReviewComment, draft: DraftStamp | undefined) {
  const current =
    draft !== undefined &&
    verdict.draftVersion === draft.key &&
    Date.parse(verdict.createdAt) >= Date.parse(draft.savedAt)
  if (!current) return 'earlier-draft'
  return verdict.verdict === 'approve' ? 'approves' : 'changes'
}

/** Where a document's review stands: its current draft, the gate's reading, and its setting. */
export type ApprovalStanding = { draft?: DraftStamp; state: VerdictState }

export async function approvalStanding(
  req: PayloadRequest,
  collection: Reviewable,
  id: number,
): Promise<ApprovalStanding> {
  const draft = await currentDraft(req, collection, id)
  return { draft, state: await verdictState(req, collection, id, draft) }
}

/** “Publishing needs an approval”, in words: whether a publish would pass the gate now. */
export function approvalSentence(required: boolean, state: VerdictState): string {
  if (!required) return 'Publishing needs an approval: off. A publish does not wait for a verdict.'
  if (state === 'approved')
    return 'Publishing needs an approval: satisfied. A reviewer approved the current draft.'
  const missing =
    state === 'changes'
      ? 'the newest verdict on the current draft requests changes'
      : state === 'earlier-draft'
        ? 'the approval it has is for an earlier draft'
        : 'no reviewer has approved it yet'
  return `Publishing needs an approval: not satisfied, ${missing}.`
}
