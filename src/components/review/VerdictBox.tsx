import type { ReviewerView } from '@/lib/review/reviewerView'

import { FormStatus, NameField, ReviewHidden } from './ReviewFields'
import { reviewTime } from './reviewTime'

const said = { approve: 'Approved', changes: 'Changes requested' } as const

/** Where this link's newest verdict stands against the draft on screen, in words. */
function stateText({ state, latest }: ReviewerView['verdict']): string {
  const when = latest ? ` (${reviewTime(latest.createdAt)})` : ''
  switch (state) {
    case 'approved':
      return `Approved for this draft${when}.`
    case 'changes':
      return `Changes requested on this draft${when}.`
    case 'earlier-draft':
      return `${said[latest?.verdict ?? 'approve']}, for an earlier draft${when}. The draft has changed since: look again and give your verdict on this one.`
    default:
      return 'No verdict yet.'
  }
}

/** Approve or request changes: bound to the draft on screen (the form posts its version). */
export function VerdictBox({ review }: { review: ReviewerView }) {
  return (
    <section className="review-verdict" aria-labelledby="review-verdict-heading">
      <h2 id="review-verdict-heading">Your verdict</h2>
      <p className="review-verdict-state" data-review-verdict={review.verdict.state}>
        {stateText(review.verdict)}
      </p>
      {review.verdict.latest?.body ? (
        <p className="review-body">Your note: {review.verdict.latest.body}</p>
      ) : null}
      {review.readOnly ? null : (
        <form method="post" action="/review" className="review-form" data-review-form="verdict">
          <ReviewHidden review={review} field="@document" />
          <fieldset className="review-choice">
            <legend>On this draft</legend>
            <label>
              <input type="radio" name="verdict" value="approve" required /> Approve
            </label>
            <label>
              <input type="radio" name="verdict" value="changes" required /> Request changes
            </label>
          </fieldset>
          <NameField />
          <label className="review-field">
            <span>Note (optional)</span>
            <textarea name="body" rows={2} maxLength={5000} />
          </label>
          <button type="submit">Send verdict</button>
          <FormStatus />
        </form>
      )}
    </section>
  )
}
