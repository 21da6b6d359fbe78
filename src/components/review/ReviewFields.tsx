import type { ReviewerView } from '@/lib/review/reviewerView'

/** What every review form posts besides the reviewer's words: the link, the draft seen, the page. */
export function ReviewHidden({ review, field }: { review: ReviewerView; field?: string }) {
  return (
    <>
      <input type="hidden" name="token" value={review.token} />
      {field !== undefined ? <input type="hidden" name="field" value={field} /> : null}
      <input type="hidden" name="version" value={review.version} />
      <input type="hidden" name="document" value={String(review.document.value)} />
      <input type="hidden" name="path" value={review.path} />
    </>
  )
}

/** The reviewer's name: typed once, remembered by the browser (/review.js fills it in). */
export function NameField() {
  return (
    <label className="review-field">
      <span>Your name</span>
      <input type="text" name="name" autoComplete="name" maxLength={80} />
    </label>
  )
}

/** Where /review.js says whether a post went through, read out by screen readers. */
export function FormStatus() {
  return <p className="review-status" role="status" data-review-status="" />
}
