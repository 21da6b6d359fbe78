import { placeLabel } from '@/lib/review/places'
import type { ReviewerView } from '@/lib/review/reviewerView'
import type { Thread } from '@/lib/review/threads'

import { FormStatus, NameField, ReviewHidden } from './ReviewFields'
import { ThreadList } from './ThreadList'

type Props = {
  review: ReviewerView
  field: string
  /** A comment on one of several places (the scorecard's cells): the form lets the reviewer choose. */
  choices?: { field: string; label: string }[]
}

/**
 * Under a place of the draft: "Comment on …", a plain form that works without script (POST
 * /review, back to `#review-<field>`), and the place's threads. A read-only link shows the
 * threads only.
 */
export function ReviewCorner({ review, field, choices }: Props) {
  // A release's link reviews the release as a whole: the pages it shows have no places of their own.
  if (!review.places.some((place) => place.field === field)) return null
  const label = placeLabel(review.places, field)
  const fields = new Set([field, ...(choices ?? []).map((choice) => choice.field)])
  const threads: Thread[] = review.threads.filter((thread) => fields.has(thread.comment.field))
  return (
    <div className="review-corner" id={`review-${field}`} data-review-corner={field}>
      {review.readOnly ? null : (
        <details className="review-comment">
          <summary>Comment on {label}</summary>
          <form method="post" action="/review" className="review-form" data-review-form="comment">
            <ReviewHidden review={review} field={choices ? undefined : field} />
            {choices ? (
              <label className="review-field">
                <span>Which one</span>
                <select name="field" required>
                  {choices.map((choice) => (
                    <option key={choice.field} value={choice.field}>
                      {choice.label}
                    </option>
                  ))}
                </select>
              </label>
            ) : null}
            <NameField />
            <label className="review-field">
              <span>The words you mean (optional)</span>
              <textarea name="quote" rows={2} maxLength={500} />
            </label>
            <label className="review-field">
              <span>Your comment</span>
              <textarea name="body" rows={4} maxLength={5000} required />
            </label>
            <button type="submit">Send comment</button>
            <FormStatus />
          </form>
        </details>
      )}
      <ThreadList review={review} threads={threads} />
    </div>
  )
}
