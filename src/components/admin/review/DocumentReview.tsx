import type { Payload, PayloadRequest } from 'payload'

import {
  approvalSentence,
  approvalStanding,
  READING_TEXT,
  verdictReading,
} from '@/lib/cockpit/reviewVerdicts'
import { relationId } from '@/lib/content/relationId'
import type { Reviewable } from '@/lib/review/draftVersion'
import { isOutdated, placeLabel, reviewPlaces } from '@/lib/review/places'
import { threadsOf } from '@/lib/review/threads'
import type { ReviewComment } from '@/payload-types'

import { exactTime, fromNow } from '../cockpitTime'
import { reviewJump } from './jump'
import { ReviewThread, type ShownReply } from './ReviewThread'

type Doc = { id: number; requireApproval?: boolean | null }

const reviewerOf = (comment: ReviewComment) => comment.reviewerName || 'Reviewer'

/** Who wrote a reply: the CMS user's e-mail, or the reviewer through their link. */
async function writers(payload: Payload, req: PayloadRequest, comments: ReviewComment[]) {
  const ids = [...new Set(comments.flatMap((c) => (c.author ? [relationId(c.author)] : [])))]
  if (ids.length === 0) return new Map<number, string>()
  const { docs } = await payload.find({
    collection: 'users',
    where: { id: { in: ids } },
    select: { email: true },
    depth: 0,
    pagination: false,
    req,
  })
  return new Map(docs.map((user) => [user.id, user.email]))
}

/**
 * One document's review: whether "Publishing needs an approval" is satisfied, its verdicts (each
 * read against the current draft) and its threads, newest first. `level` is the heading level of
 * its parts: 2 in the document's own Review tab, 3 under a release's document.
 */
export async function DocumentReview({
  payload,
  req,
  collection,
  doc,
  level,
}: {
  payload: Payload
  req: PayloadRequest
  collection: Reviewable
  doc: Doc
  level: 2 | 3
}) {
  const [{ threads, verdicts }, standing] = await Promise.all([
    threadsOf(payload, { relationTo: collection, value: doc.id }),
    approvalStanding(req, collection, doc.id),
  ])
  const places = reviewPlaces(collection, doc)
  const names = await writers(
    payload,
    req,
    threads.flatMap((thread) => thread.replies),
  )
  const me = req.user && 'email' in req.user ? String(req.user.email) : 'You'
  const Heading = level === 2 ? 'h2' : 'h3'
  const required = doc.requireApproval === true
  const satisfied = standing.state === 'approved'

  const replyOf = (reply: ReviewComment): ShownReply => ({
    id: reply.id,
    who: reply.author
      ? (names.get(relationId(reply.author)) ?? 'A CMS user')
      : `${reviewerOf(reply)}${reply.linkLabel ? ` via “${reply.linkLabel}”` : ''}`,
    at: reply.createdAt,
    when: fromNow(reply.createdAt),
    body: reply.body ?? '',
  })

  return (
    <div className="review__document" data-review={`${collection}:${doc.id}`}>
      <p
        className={`review__approval review__approval--${!required ? 'off' : satisfied ? 'ok' : 'missing'}`}
        data-approval={standing.state}
      >
        {approvalSentence(required, standing.state)}
      </p>

      <Heading>Verdicts</Heading>
      {verdicts.length === 0 ? (
        <p className="review__empty">No reviewer has approved or requested changes yet.</p>
      ) : (
        <ul className="review__verdicts">
          {verdicts.map((verdict) => {
            const reading = verdictReading(verdict, standing.draft)
            return (
              <li key={verdict.id} data-verdict={reading}>
                <span className={`review__tag review__tag--${reading}`}>
                  {reading === 'earlier-draft'
                    ? `${verdict.verdict === 'approve' ? 'Approved' : 'Changes requested'}, ${READING_TEXT[reading]}`
                    : READING_TEXT[reading]}
                </span>{' '}
                <strong>{reviewerOf(verdict)}</strong>
                {verdict.linkLabel ? ` via “${verdict.linkLabel}”` : ''},{' '}
                <time dateTime={verdict.createdAt} title={exactTime(verdict.createdAt)}>
                  {fromNow(verdict.createdAt)}
                </time>
                {verdict.body ? <p className="review-thread__body">{verdict.body}</p> : null}
              </li>
            )
          })}
        </ul>
      )}

      {/* The total, which a resolve on this page does not change; open ones say so on each. */}
      <Heading>
        Threads <span className="review__count">({threads.length}, newest first)</span>
      </Heading>
      {threads.length === 0 ? (
        <p className="review__empty">
          No comments yet. Reviewers comment through a share link (
          {collection === 'releases'
            ? 'one made for this release under Share links'
            : 'the Share links tab'}
          ).
        </p>
      ) : (
        <ol className="review__threads">
          {threads.map(({ comment, replies }) => (
            <li key={comment.id}>
              <ReviewThread
                id={comment.id}
                document={{ relationTo: collection, value: doc.id }}
                field={comment.field}
                place={placeLabel(places, comment.field)}
                outdated={isOutdated(comment, places)}
                quote={comment.quote}
                body={comment.body ?? ''}
                reviewer={reviewerOf(comment)}
                link={comment.linkLabel}
                at={comment.createdAt}
                when={fromNow(comment.createdAt)}
                state={comment.state}
                replies={replies.map(replyOf)}
                jump={reviewJump(payload, collection, doc, comment.field)}
                me={me}
                level={level === 2 ? 3 : 4}
              />
            </li>
          ))}
        </ol>
      )}
    </div>
  )
}
