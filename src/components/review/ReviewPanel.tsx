import { WHOLE_DOCUMENT } from '@/lib/review/limits'
import type { ReviewerView } from '@/lib/review/reviewerView'
import { REVIEW_SCRIPT_PATH } from '@/lib/review/reviewScript'

import { ReviewCorner } from './ReviewCorner'
import { REVIEW_CSS } from './reviewCss'
import { VerdictBox } from './VerdictBox'

const noun = { guides: 'guide', pages: 'page', releases: 'release' } as const

/**
 * Above a draft shown through a share link: how reviewing works, the reviewer's verdict, and
 * comments on the whole document. Its styles and script come with it, so no reader's page
 * carries them.
 */
export function ReviewPanel({ review }: { review: ReviewerView }) {
  const what = noun[review.document.relationTo]
  return (
    <section className="review-panel" aria-labelledby="review-panel-heading">
      <style>{REVIEW_CSS}</style>
      <h2 id="review-panel-heading">Review this {what}</h2>
      <p className="review-help">
        {review.readOnly
          ? 'This link is read-only: you can read the comments, not add any.'
          : what === 'release'
            ? 'Comment on the release as a whole, and approve it or ask for changes. The site’s editors and this draft’s other reviewers see what you write.'
            : 'Comment on any part with “Comment on …” under it, or select words and choose “Comment on selection”. The site’s editors and this draft’s other reviewers see what you write.'}
      </p>
      <VerdictBox review={review} />
      <ReviewCorner review={review} field={WHOLE_DOCUMENT} />
      <script src={REVIEW_SCRIPT_PATH} defer />
    </section>
  )
}
