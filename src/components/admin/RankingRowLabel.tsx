'use client'

import { useConfig, useForm, useRowLabel } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { EditFrameworkButton } from './EditFrameworkButton'

type FrameworkValue = number | string | { id: number | string } | null | undefined
type Names = Map<string, string>

/**
 * Every framework's name, read once per form: the form's `getData` is one function for the form's
 * whole life, so it keys the read. Eight labels and every re-render of a drag share it.
 */
const namesByForm = new WeakMap<object, Promise<Names>>()

async function readNames(url: string): Promise<Names> {
  const response = await fetch(url, { credentials: 'same-origin' })
  if (!response.ok) return new Map()
  const body = (await response.json()) as { docs?: { id: number; name?: string }[]; id?: number }
  const docs = body.docs ?? [body as { id: number; name?: string }]
  return new Map(docs.filter((doc) => doc.name).map((doc) => [String(doc.id), doc.name!]))
}

/** The name of framework `id`, as the editor sees it (drafts included). */
async function nameOf(form: object, api: string, id: string): Promise<string | undefined> {
  const query = 'depth=0&draft=true&select[name]=true'
  let names = namesByForm.get(form)
  if (!names) {
    names = readNames(`${api}/frameworks?${query}&pagination=false`)
    namesByForm.set(form, names)
  }
  const known = await names
  // A framework made after the form opened (from the relationship's drawer): ask for it alone.
  if (!known.has(id)) {
    for (const [key, name] of await readNames(`${api}/frameworks/${id}?${query}`)) {
      known.set(key, name)
    }
  }
  return known.get(id)
}

const idOf = (value: FrameworkValue) =>
  value === null || value === undefined
    ? undefined
    : String(typeof value === 'object' ? value.id : value)

/**
 * A ranking row reads "#1 jerrycan": its rank (position) and framework, also while dragged. Beside
 * it, the button that opens the framework's public fields ("Best for", blurb…) in a drawer.
 */
export function RankingRowLabel() {
  const { data, rowNumber } = useRowLabel<{ framework?: FrameworkValue }>()
  const { getData } = useForm()
  const { config } = useConfig()
  const id = idOf(data?.framework)
  const [name, setName] = useState<{ id: string; name?: string }>()

  useEffect(() => {
    if (id === undefined) return
    let current = true
    void nameOf(getData, config.routes.api, id).then((found) => {
      if (current) setName({ id, name: found })
    })
    return () => {
      current = false
    }
  }, [getData, config.routes.api, id])

  const rank = `#${(rowNumber ?? 0) + 1}`
  // A name fetched for the row's previous framework is not shown for its new one.
  const shown = name && name.id === id ? name.name : undefined
  const renamed = (doc: { name?: string }) => {
    if (id === undefined || !doc.name) return
    void namesByForm.get(getData)?.then((names) => names.set(id, doc.name!))
    setName({ id, name: doc.name })
  }
  return (
    <span className="ranking-row-label">
      <span className="ranking-row-label__text">{shown ? `${rank} ${shown}` : rank}</span>
      {id !== undefined && shown ? (
        <EditFrameworkButton id={id} name={shown} onSaved={renamed} />
      ) : null}
    </span>
  )
}
