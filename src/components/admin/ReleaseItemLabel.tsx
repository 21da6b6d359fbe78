'use client'

import { useConfig, useRowLabel } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

type Ref = { relationTo?: string; value?: number | string | { id: number | string } | null }
type Item = { doc?: Ref | null; was?: string | null; state?: string | null }

/**
 * A release's row reads "Framework: Django" instead of "Document 02", and says when the document
 * changed after it was added. The title is read as the editor sees it (drafts included).
 */
export function ReleaseItemLabel() {
  const { data, rowNumber } = useRowLabel<Item>()
  const { config } = useConfig()
  const collection = data?.doc?.relationTo
  const raw = data?.doc?.value
  const id = raw === null || raw === undefined ? undefined : typeof raw === 'object' ? raw.id : raw
  const entity = config.collections.find((each) => each.slug === collection)
  const titleField = entity?.admin?.useAsTitle ?? 'id'
  const key = `${collection}/${id}`
  const [title, setTitle] = useState<{ key: string; text?: string }>()

  useEffect(() => {
    if (!collection || id === undefined) return
    let current = true
    const url = `${config.routes.api}/${collection}/${id}?depth=0&draft=true&select[${titleField}]=true`
    const read = async (): Promise<Record<string, unknown>> => {
      try {
        const response = await fetch(url, { credentials: 'same-origin' })
        return response.ok ? ((await response.json()) as Record<string, unknown>) : {}
      } catch {
        return {}
      }
    }
    void read().then((doc) => {
      const text = doc[titleField]
      if (current) setTitle({ key, text: typeof text === 'string' ? text : undefined })
    })
    return () => {
      current = false
    }
  }, [config.routes.api, collection, id, titleField, key])

  const kind = entity?.labels?.singular
  const name = title?.key === key && title.text ? title.text : id === undefined ? '' : `#${id}`
  const outOfDate = data?.state?.startsWith('Out of date') ?? false
  // The document was deleted: the row still says what it held (`was`, e.g. "frameworks/7: Django").
  if (!collection && data?.was) {
    return (
      <span className="release-item-label">
        {data.was.replace(/^[a-z-]+\/\d+: /, '')} <strong>(deleted)</strong>
      </span>
    )
  }
  return (
    <span className="release-item-label">
      {kind && name
        ? `${typeof kind === 'string' ? kind : collection}: ${name}`
        : `Document ${(rowNumber ?? 0) + 1}`}
      {outOfDate ? <strong> (out of date)</strong> : null}
    </span>
  )
}
