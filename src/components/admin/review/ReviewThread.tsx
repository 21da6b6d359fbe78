'use client'

import { useId, useState } from 'react'

import { announceOpenThreads } from './OpenThreadCount'

/** A reply as the thread shows it: who wrote it, when (already in words), what. */
export type ShownReply = { id: number; who: string; at: string; when: string; body: string }

type Props = {
  id: number
  document: { relationTo: string; value: number }
  field: string
  /** The place's name (src/lib/review/places.ts). */
  place: string
  outdated: boolean
  quote?: string | null
  body: string
  /** The reviewer's name and the share link's label. */
  reviewer: string
  link?: string | null
  at: string
  when: string
  state: 'open' | 'resolved'
  replies: ShownReply[]
  jump?: { href: string; text: string }
  /** Who is signed in, for the replies they add here. */
  me: string
  /** The heading level of the thread's place: 3 in a document's tab, 4 under a release's document. */
  level: 3 | 4
}

/** Payload's error body, as one sentence. */
async function problem(response: Response): Promise<string> {
  const body = (await response.json().catch(() => ({}))) as {
    errors?: { message?: string; data?: { errors?: { path?: string; message?: string }[] } }[]
  }
  const first = body.errors?.[0]
  const field = first?.data?.errors?.[0]
  if (field?.message) return `${field.path ?? ''} ${field.message}`.trim()
  return first?.message ?? `The server answered ${response.status}.`
}

/**
 * A reviewer's thread in the Review tab: the place, its state in words (open or resolved, and
 * "Outdated" when the quote is no longer there), the quote, the comment, the replies, the
 * marketer's reply box, Resolve/Reopen and the jump to the field. Writes through the REST API as
 * the signed-in user; no <form>: the document's edit view is one already. The outcome of a click
 * is announced in a status line.
 */
export function ReviewThread(props: Props) {
  const { id, document, field, reviewer, me, level } = props
  const { state: initial, replies: first } = props
  const [replies, setReplies] = useState(first)
  const [state, setState] = useState(initial)
  const [text, setText] = useState('')
  const [busy, setBusy] = useState(false)
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null)
  const box = useId()

  // Busy buttons stay enabled (aria-disabled): disabling the focused one would drop the focus.
  const send = async () => {
    if (busy) return
    if (!text.trim()) {
      setStatus({ error: true, text: 'Write the reply first.' })
      return
    }
    setBusy(true)
    const response = await fetch('/api/review-comments', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ document, field, body: text, parent: id }),
    }).catch(() => undefined)
    setBusy(false)
    if (!response?.ok) {
      const why = response ? await problem(response) : 'The server could not be reached.'
      setStatus({ error: true, text: `Reply not sent: ${why}` })
      return
    }
    const { doc } = (await response.json()) as {
      doc: { id: number; createdAt: string; body: string }
    }
    setReplies([
      ...replies,
      { id: doc.id, who: me, at: doc.createdAt, when: 'just now', body: doc.body },
    ])
    setText('')
    setStatus({
      error: false,
      text: 'Reply sent. The reviewer sees it when they next open the link.',
    })
  }

  const toggle = async () => {
    if (busy) return
    const next = state === 'open' ? 'resolved' : 'open'
    setBusy(true)
    const response = await fetch(`/api/review-comments/${id}`, {
      method: 'PATCH',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ state: next }),
    }).catch(() => undefined)
    setBusy(false)
    if (!response?.ok) {
      const why = response ? await problem(response) : 'The server could not be reached.'
      setStatus({ error: true, text: `Not changed: ${why}` })
      return
    }
    setState(next)
    announceOpenThreads(document, next === 'open' ? 1 : -1)
    setStatus({ error: false, text: next === 'resolved' ? 'Thread resolved.' : 'Thread reopened.' })
  }

  const Heading = level === 3 ? 'h3' : 'h4'
  return (
    <article
      className={`review-thread review-thread--${state}`}
      aria-labelledby={`${box}-place`}
      data-thread={id}
      data-state={state}
    >
      <div className="review-thread__head">
        <Heading id={`${box}-place`} className="review-thread__place">
          {props.place}
        </Heading>
        <span className={`review__tag review__tag--${state}`} data-thread-state>
          {state === 'open' ? 'Open' : 'Resolved'}
        </span>
        {props.outdated ? (
          <span
            className="review__tag review__tag--outdated"
            title="The quoted words are no longer in this place of the draft."
          >
            Outdated
          </span>
        ) : null}
      </div>
      {props.quote ? <blockquote className="review-thread__quote">{props.quote}</blockquote> : null}
      <p className="review-thread__body">{props.body}</p>
      <p className="review-thread__meta">
        {reviewer}
        {props.link ? <> via “{props.link}”</> : null},{' '}
        <time dateTime={props.at}>{props.when}</time>
        {props.jump ? (
          <>
            {' · '}
            <a className="review-thread__jump" href={props.jump.href}>
              {props.jump.text}
            </a>
          </>
        ) : null}
      </p>
      {replies.length > 0 ? (
        <ol className="review-thread__replies" aria-label="Replies">
          {replies.map((reply) => (
            <li key={reply.id} className="review-thread__reply">
              <p className="review-thread__meta">
                {reply.who}, <time dateTime={reply.at}>{reply.when}</time>
              </p>
              <p className="review-thread__body">{reply.body}</p>
            </li>
          ))}
        </ol>
      ) : null}
      <label className="review-thread__label" htmlFor={box}>
        Reply to {reviewer}
      </label>
      <textarea
        id={box}
        className="review-thread__reply-box"
        rows={3}
        value={text}
        maxLength={5000}
        onChange={(event) => setText(event.target.value)}
      />
      <div className="review-thread__buttons">
        <button
          type="button"
          className="review__button"
          aria-disabled={busy}
          onClick={() => void send()}
        >
          Reply
        </button>
        <button
          type="button"
          className="review__button review__button--secondary"
          aria-disabled={busy}
          onClick={() => void toggle()}
        >
          {state === 'open' ? 'Resolve' : 'Reopen'}
        </button>
      </div>
      <p
        role="status"
        className={status?.error ? 'review__status review__status--error' : 'review__status'}
      >
        {status?.text}
      </p>
    </article>
  )
}
