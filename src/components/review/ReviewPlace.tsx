import type { ReactNode } from 'react'

import type { ReviewerView } from '@/lib/review/reviewerView'

import { ReviewCorner } from './ReviewCorner'

type Props = { review?: ReviewerView; field: string; children: ReactNode }

/**
 * A place of the draft a reviewer can comment on, followed by its form and threads. Without a
 * review of it (every reader's page, a signed-in user's preview, a release's link) it is its
 * content alone, unchanged.
 * `data-review-field` lets /review.js tell which place a selection is in.
 */
export function ReviewPlace({ review, field, children }: Props) {
  if (!review?.places.some((place) => place.field === field)) return children
  return (
    <div className="review-place" data-review-field={field}>
      {children}
      <ReviewCorner review={review} field={field} />
    </div>
  )
}
