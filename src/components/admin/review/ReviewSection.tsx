import type { Payload } from 'payload'

import { reviewCockpit, reviewedKey, type DocumentVerdicts } from '@/lib/cockpit/review'
import { lastReviewVisit, noteReviewVisit } from '@/lib/cockpit/reviewSeen'
import type { VerdictState } from '@/lib/review/verdicts'
import type { User } from '@/payload-types'

import { exactTime, fromNow } from '../cockpitTime'
import './review.scss'

const NAMES = { guides: 'Guide', pages: 'Page', releases: 'Release' } as const
const STATE: Record<VerdictState, { text: string; tag: string }> = {
  approved: { text: 'approved', tag: 'approves' },
  changes: { text: 'changes requested', tag: 'changes' },
  'earlier-draft': { text: 'verdicts for an earlier draft', tag: 'earlier-draft' },
  none: { text: 'no verdict', tag: 'none' },
}
const EXCERPT = 140

const excerpt = (text: string) =>
  text.length > EXCERPT ? `${text.slice(0, EXCERPT - 1).trimEnd()}…` : text

function When({ iso }: { iso: string }) {
  return (
    <time dateTime={iso} title={exactTime(iso)}>
      {fromNow(iso)}
    </time>
  )
}

/**
 * The cockpit's Review: open threads newest first with how many are new since the user's last
 * visit (counted before this visit is noted), then where each document's and release's verdicts
 * stand; "changes requested" is said beside the document wherever it is listed.
 */
export async function ReviewSection({ payload, user }: { payload: Payload; user: User }) {
  const now = new Date().toISOString()
  const since = await lastReviewVisit(payload, user)
  const review = await reviewCockpit(payload, user, { since })
  await noteReviewVisit(payload, user, now)
  const admin = payload.config.routes.admin
  const tab = (doc: { collection: string; id: number }) =>
    `${admin}/collections/${doc.collection}/${doc.id}#tab=Review`
  const changes = (doc: { collection: string; id: number }) =>
    review.changesRequested.has(reviewedKey(doc)) ? (
      <span className="review__tag review__tag--changes">changes requested</span>
    ) : null

  const verdictList = (title: string, rows: DocumentVerdicts[], empty: string) => (
    <>
      <h3>{title}</h3>
      {rows.length === 0 ? (
        <p className="review__empty">{empty}</p>
      ) : (
        <ul className="cockpit__list" aria-label={title}>
          {rows.map(({ document, state, newest, count }) => (
            <li key={reviewedKey(document)} data-verdicts={reviewedKey(document)}>
              <a href={tab(document)}>{document.title}</a>{' '}
              <span className="cockpit__kind">{NAMES[document.collection]}</span>
              <span className={`review__tag review__tag--${STATE[state].tag}`}>
                {STATE[state].text}
              </span>
              {document.required ? (
                <span className="cockpit__kind">
                  {state === 'approved' ? 'may be published' : 'publishing waits for an approval'}
                </span>
              ) : null}
              <span className="cockpit__meta">
                newest: {newest.verdict === 'approve' ? 'approved' : 'requested changes'} by{' '}
                {newest.reviewerName || 'a reviewer'}
                {newest.linkLabel ? ` via “${newest.linkLabel}”` : ''}{' '}
                <When iso={newest.createdAt} />
                {count > 1 ? ` (${count} verdicts)` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  )

  return (
    <section className="cockpit__section review-cockpit" aria-label="Review">
      <h2>Review</h2>
      <p className="review-cockpit__count" data-new={review.newCount}>
        <strong>
          {review.newCount} new {review.newCount === 1 ? 'thread' : 'threads'}
        </strong>{' '}
        since your last visit, {review.openCount} open in all.
      </p>
      <h3>Open threads</h3>
      {review.threads.length === 0 ? (
        <p className="review__empty">No open thread: nothing waits for a reply.</p>
      ) : (
        <ul className="cockpit__list" aria-label="Open threads">
          {review.threads.map(({ comment, document, place, isNew }) => (
            <li key={comment.id} data-thread={comment.id}>
              <a href={tab(document)}>{document.title}</a>{' '}
              <span className="cockpit__kind">{NAMES[document.collection]}</span>
              {changes(document)}
              {isNew ? <span className="cockpit__tag cockpit__tag--new">new</span> : null}
              <span className="review-cockpit__comment">
                <strong>{place}</strong>: {excerpt(comment.body ?? '')}
              </span>
              <span className="cockpit__meta">
                {comment.reviewerName || 'Reviewer'}
                {comment.linkLabel ? ` via “${comment.linkLabel}”` : ''},{' '}
                <When iso={comment.createdAt} />
              </span>
            </li>
          ))}
        </ul>
      )}
      {verdictList('Verdicts on documents', review.documents, 'No verdict on a guide or page yet.')}
      {verdictList('Verdicts on releases', review.releases, 'No verdict on a release yet.')}
    </section>
  )
}
