import { isOutdated } from '@/lib/review/places'
import type { ReviewerView } from '@/lib/review/reviewerView'
import type { Thread } from '@/lib/review/threads'

import { reviewTime } from './reviewTime'

/**
 * A place's threads as the reviewer reads them: what they quoted (marked outdated when the draft
 * no longer says it), their comment, its state, and the editors' replies. Plain text throughout.
 * The list is there even when empty: /review.js adds a new comment to it.
 */
export function ThreadList({ review, threads }: { review: ReviewerView; threads: Thread[] }) {
  return (
    <ol className="review-threads" data-review-threads="">
      {threads.map(({ comment, replies }) => {
        const outdated = isOutdated(comment, review.places)
        return (
          <li
            key={comment.id}
            className="review-thread"
            id={`comment-${comment.id}`}
            data-state={comment.state}
            data-outdated={outdated ? '' : undefined}
          >
            {comment.quote ? (
              <blockquote className="review-quote">{comment.quote}</blockquote>
            ) : null}
            {outdated ? (
              <p className="review-outdated">
                <strong>Outdated:</strong> the draft no longer says what this comment quoted.
              </p>
            ) : null}
            <p className="review-meta">
              <span className="review-author">{comment.reviewerName || 'Reviewer'}</span>
              {' · '}
              <time dateTime={comment.createdAt}>{reviewTime(comment.createdAt)}</time>
              {' · '}
              <span className="review-state">
                {comment.state === 'resolved' ? 'Resolved' : 'Open'}
              </span>
            </p>
            <p className="review-body">{comment.body}</p>
            {replies.length > 0 ? (
              <ol className="review-replies" aria-label="Replies">
                {replies.map((reply) => (
                  <li key={reply.id} className="review-reply" id={`comment-${reply.id}`}>
                    <p className="review-meta">
                      <span className="review-author">
                        {reply.author ? 'Reply from the editors' : reply.reviewerName || 'Reviewer'}
                      </span>
                      {' · '}
                      <time dateTime={reply.createdAt}>{reviewTime(reply.createdAt)}</time>
                    </p>
                    <p className="review-body">{reply.body}</p>
                  </li>
                ))}
              </ol>
            ) : null}
          </li>
        )
      })}
    </ol>
  )
}
