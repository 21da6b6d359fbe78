import type { UIFieldServerProps } from 'payload'

import { approvalStanding } from '@/lib/cockpit/reviewVerdicts'
import type { Reviewable } from '@/lib/review/draftVersion'
import type { VerdictState } from '@/lib/review/verdicts'

import { FieldJump } from '../FieldJump'
import { OpenThreadCount } from './OpenThreadCount'
import './review.scss'

const STATE: Record<VerdictState, string> = {
  approved: 'the current draft is approved',
  changes: 'changes requested',
  'earlier-draft': 'approved for an earlier draft only',
  none: 'no verdict yet',
}

/**
 * The sidebar's line about review: open threads, where the verdicts stand, a link to the Review
 * tab. On a release it also mounts the jump that opens a tab from the address (a guide's and a
 * page's Checks line does that already).
 */
export async function ReviewSummary({ id, collectionSlug, payload, req }: UIFieldServerProps) {
  const jump = collectionSlug === 'releases' ? <FieldJump /> : null
  if (id === undefined || !req.user) return jump
  const collection = collectionSlug as Reviewable
  const [open, { state }] = await Promise.all([
    payload.count({
      collection: 'review-comments',
      where: {
        and: [
          { 'document.relationTo': { equals: collection } },
          { 'document.value': { equals: Number(id) } },
          { kind: { equals: 'comment' } },
          { parent: { exists: false } },
          { state: { equals: 'open' } },
        ],
      },
      req,
      overrideAccess: false,
    }),
    approvalStanding(req, collection, Number(id)),
  ])
  return (
    <div className="review-summary">
      {jump}
      <p>
        <strong>Review:</strong>{' '}
        <OpenThreadCount
          document={{ relationTo: collection, value: Number(id) }}
          initial={open.totalDocs}
        />
        , {STATE[state]}. <a href="#tab=Review">See the Review tab</a>
      </p>
    </div>
  )
}
