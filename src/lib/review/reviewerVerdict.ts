import type { ReviewComment } from '@/payload-types'

import type { DraftStamp } from './draftVersion'

/** Where this link's newest verdict stands against the draft on screen. */
export type ReviewerVerdict = {
  state: 'approved' | 'changes' | 'earlier-draft' | 'none'
  latest?: ReviewComment
}

/**
 * Like verdictState, for one link's verdicts (newest first): its newest verdict, given on this
 * draft after its last save, approves or requests changes; any other is for an earlier draft.
 */
export function verdictOf(
  verdicts: ReviewComment[],
  draft: DraftStamp | undefined,
): ReviewerVerdict {
  const latest = verdicts[0]
  if (!latest) return { state: 'none' }
  const current =
    draft !== undefined && latest.draftVersion === draft.key && latest.createdAt >= draft.savedAt
  if (!current) return { state: 'earlier-draft', latest }
  return { state: latest.verdict === 'approve' ? 'approved' : 'changes', latest }
}
