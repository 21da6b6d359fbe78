'use client'

import { Button, useConfig, useDocumentInfo } from '@payloadcms/ui'
import type { JoinFieldClientComponent } from 'payload'
import { useCallback, useEffect, useId, useState } from 'react'

import { linkState, linkStateInWords, type ShareLinkRow } from '@/lib/preview/linkState'

import { CopyButton } from './CopyButton'
import './shareLinks.scss'

type Reply = { doc?: ShareLinkRow; message?: string; errors?: { message: string }[] }

/**
 * A document's share links, in place of the join table: "Make a share link" gives the link with a
 * Copy button at once (no drawer to save first), and each link says in words whether it works and
 * until when, with Copy and Revoke beside it.
 */
export const ShareLinks: JoinFieldClientComponent = ({ field }) => {
  const { id } = useDocumentInfo()
  const { routes } = useConfig().config
  const uid = useId()
  const on = field.on
  const [links, setLinks] = useState<ShareLinkRow[] | null>(null)
  const [note, setNote] = useState('')
  const [busy, setBusy] = useState(false)
  const [made, setMade] = useState<number>()
  const [problem, setProblem] = useState<string>()

  const load = useCallback(async () => {
    if (!id) return
    const query = new URLSearchParams({
      [`where[${on}][equals]`]: String(id),
      sort: '-createdAt',
      limit: '50',
      depth: '0',
    })
    const response = await fetch(`${routes.api}/preview-links?${query.toString()}`, {
      credentials: 'include',
    })
    if (response.ok) setLinks(((await response.json()) as { docs: ShareLinkRow[] }).docs)
  }, [id, on, routes.api])
  useEffect(() => void load().catch(() => setLinks([])), [load])

  if (!id) return <p className="share-links__empty">Save this document once, then share it here.</p>

  const send = async (path: string, method: 'POST' | 'PATCH', body: object) => {
    setBusy(true)
    setProblem(undefined)
    try {
      const response = await fetch(`${routes.api}/${path}`, {
        method,
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      })
      const reply = (await response.json()) as Reply
      if (!response.ok) {
        setProblem(reply.errors?.map((error) => error.message).join(' ') ?? 'Not saved.')
        return undefined
      }
      await load()
      return reply.doc
    } catch {
      setProblem('The CMS did not answer. Try again.')
      return undefined
    } finally {
      setBusy(false)
    }
  }

  const make = async () => {
    const doc = await send('preview-links', 'POST', { [on]: id, note: note.trim() || undefined })
    if (doc) {
      setMade(doc.id)
      setNote('')
    }
  }
  const revoke = (link: ShareLinkRow) =>
    void send(`preview-links/${link.id}`, 'PATCH', { revoked: true })

  return (
    <div className="share-links">
      <div className="share-links__make">
        <label htmlFor={`${uid}-note`}>Who is it for? (optional)</label>
        <input
          id={`${uid}-note`}
          value={note}
          placeholder="e.g. Legal review"
          onChange={(event) => setNote(event.target.value)}
        />
        <Button margin={false} disabled={busy} onClick={() => void make()}>
          Make a share link
        </Button>
      </div>
      {problem ? (
        <p className="share-links__problem" role="alert">
          {problem}
        </p>
      ) : null}
      {links?.length === 0 ? (
        <p className="share-links__empty">
          No share links yet. A share link works for 7 days unless you revoke it.
        </p>
      ) : null}
      <ul className="share-links__list">
        {(links ?? []).map((link) => {
          const state = linkState(link)
          return (
            <li
              key={link.id}
              className={`share-links__link share-links__link--${state}`}
              aria-label={`Share link ${link.note ?? link.id}`}
              data-new={made === link.id ? '' : undefined}
            >
              <div className="share-links__head">
                <strong>{link.note || 'Share link'}</strong>
                <span className="share-links__state">{linkStateInWords(link)}</span>
              </div>
              {state === 'active' && link.url ? (
                <div className="share-links__url">
                  <textarea
                    readOnly
                    rows={2}
                    aria-label="Share link address"
                    value={link.url}
                    onFocus={(event) => event.currentTarget.select()}
                  />
                  <CopyButton text={link.url} />
                  <Button
                    buttonStyle="secondary"
                    size="small"
                    margin={false}
                    disabled={busy}
                    onClick={() => revoke(link)}
                  >
                    Revoke
                  </Button>
                </div>
              ) : null}
              <a href={`${routes.admin}/collections/preview-links/${link.id}`}>
                Change expiry or note
              </a>
            </li>
          )
        })}
      </ul>
    </div>
  )
}
