'use client'

import { Button, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useCallback, useEffect, useId, useState, type KeyboardEvent } from 'react'

import { relationId } from '@/lib/content/relationId'

import './addToRelease.scss'

type Item = { doc: { relationTo: string; value: number | { id: number } }; state?: string | null }
type OpenRelease = { id: number; name: string; items?: Item[] | null }
type Reply = { message?: string; errors?: { message: string }[] }

const NEW = 'new'
const OPEN = new URLSearchParams({
  'where[status][in]': 'open,scheduled',
  sort: '-updatedAt',
  limit: '100',
  depth: '0',
})

/** Which open releases hold this document, and "Add to release": one request, this page stays. */
export function AddToRelease() {
  const { id, collectionSlug } = useDocumentInfo()
  const { routes } = useConfig().config
  const uid = useId()
  const [releases, setReleases] = useState<OpenRelease[] | null>(null)
  const [choice, setChoice] = useState('')
  const [name, setName] = useState('')
  const [note, setNote] = useState('')
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null)

  const load = useCallback(async () => {
    const response = await fetch(`${routes.api}/releases?${OPEN.toString()}`, {
      credentials: 'include',
    })
    if (response.ok) setReleases(((await response.json()) as { docs: OpenRelease[] }).docs)
  }, [routes.api])
  // Offline or refused: the list stays empty, and adding says why.
  useEffect(() => void load().catch(() => setReleases([])), [load])

  if (!id) return <p>Save the document, then add it to a release here.</p>
  const itemOf = (release: OpenRelease) =>
    release.items?.find(
      ({ doc }) =>
        doc.relationTo === collectionSlug && String(relationId(doc.value)) === String(id),
    )
  const holding = (releases ?? []).filter(itemOf)

  const add = async () => {
    setBusy(true)
    setOutcome(null)
    const [path, body] =
      choice === NEW
        ? [
            'releases',
            {
              name: name.trim(),
              note,
              items: [{ doc: { relationTo: collectionSlug, value: id } }],
            },
          ]
        : [`releases/${choice}/add`, { collection: collectionSlug, id }]
    try {
      const response = await fetch(`${routes.api}/${path}`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      })
      const reply = (await response.json()) as Reply
      const done = choice === NEW ? `Added to “${name}”, a new release.` : reply.message
      const failed = reply.errors?.map((error) => error.message).join(' ')
      setOutcome({ ok: response.ok, message: (response.ok ? done : failed) ?? 'Not added.' })
      if (response.ok) {
        setChoice('')
        setName('')
        setNote('')
        await load()
      }
    } catch (error) {
      setOutcome({ ok: false, message: (error as Error).message })
    } finally {
      setBusy(false)
    }
  }
  // Enter in these inputs would submit the document's form: here it adds instead.
  const onEnter = (event: KeyboardEvent) => {
    if (event.key !== 'Enter') return
    event.preventDefault()
    if (name.trim()) void add()
  }

  return (
    <fieldset className="add-to-release" aria-busy={busy}>
      <legend className="field-label">Releases</legend>
      {releases === null ? null : holding.length === 0 ? (
        <p className="add-to-release__empty">In no open release.</p>
      ) : (
        <ul className="add-to-release__held" aria-label="Open releases holding this document">
          {holding.map((release) => (
            <li key={release.id}>
              <a href={`${routes.admin}/collections/releases/${release.id}`}>{release.name}</a>{' '}
              <small>{itemOf(release)?.state}</small>
            </li>
          ))}
        </ul>
      )}
      <label className="field-label" htmlFor={`${uid}-release`}>
        Release
      </label>
      <select
        id={`${uid}-release`}
        value={choice}
        onChange={(event) => setChoice(event.target.value)}
      >
        <option value="">Choose a release…</option>
        {(releases ?? []).map((release) => (
          <option key={release.id} value={release.id}>
            {release.name}
            {itemOf(release) ? ' (holds it)' : ''}
          </option>
        ))}
        <option value={NEW}>New release…</option>
      </select>
      {choice === NEW && (
        <>
          <label className="field-label" htmlFor={`${uid}-name`}>
            Name of the new release
          </label>
          <input
            id={`${uid}-name`}
            required
            maxLength={120}
            value={name}
            onChange={(event) => setName(event.target.value)}
            onKeyDown={onEnter}
          />
          <label className="field-label" htmlFor={`${uid}-note`}>
            Public note (optional)
          </label>
          <textarea
            id={`${uid}-note`}
            maxLength={500}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
        </>
      )}
      <Button
        buttonStyle="secondary"
        size="small"
        disabled={busy || !choice || (choice === NEW && !name.trim())}
        onClick={() => void add()}
      >
        Add to release
      </Button>
      {outcome && (
        <p role={outcome.ok ? 'status' : 'alert'} className={outcome.ok ? undefined : 'error'}>
          {outcome.message}
        </p>
      )}
    </fieldset>
  )
}
