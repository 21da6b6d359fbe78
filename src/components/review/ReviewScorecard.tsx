import type { ReviewerView } from '@/lib/review/reviewerView'

import { ReviewCorner } from './ReviewCorner'

const CELL = 'scorecardSection.scorecard.'

/**
 * Under the scorecard: one form for the scorecard or any of its cells (a form in every cell of
 * the table would bury the scores), with the threads on all of them.
 */
export function ReviewScorecard({ review }: { review?: ReviewerView }) {
  const section = review?.places.find((place) => place.field === 'scorecardSection')
  if (!review || !section) return null
  const cells = review.places.filter((place) => place.field.startsWith(CELL))
  return (
    <div className="review-place" data-review-field={section.field}>
      <ReviewCorner
        review={review}
        field={section.field}
        choices={[{ field: section.field, label: 'The scorecard as a whole' }, ...cells]}
      />
    </div>
  )
}
