'use client'

import type { FieldDescriptionClientProps } from 'payload'
import { FieldDescription, useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { publishedSlugNote } from '@/fields/slug'

/**
 * The slug's description, and while the document is published, where it lives and what a new
 * slug does to that address (moves it, with a 301 from the old one) before anyone publishes it.
 */
export function SlugDescription({
  addressPrefix,
  description,
  path,
}: FieldDescriptionClientProps & { addressPrefix: string }) {
  const { id, collectionSlug, hasPublishedDoc } = useDocumentInfo()
  const { config } = useConfig()
  const current = useFormFields(([fields]) => fields[path]?.value)
  const [published, setPublished] = useState<string>()

  // The published version's slug: the form holds the draft's, which may already differ.
  useEffect(() => {
    if (!hasPublishedDoc || id === undefined || !collectionSlug) return
    let live = true
    const url = `${config.routes.api}/${collectionSlug}/${id}?depth=0&select[slug]=true`
    void fetch(url, { credentials: 'same-origin' })
      .then((response): Promise<{ slug?: unknown }> | object =>
        response.ok ? response.json() : {},
      )
      .then((body) => {
        const { slug } = body as { slug?: unknown }
        if (live && typeof slug === 'string') setPublished(slug)
      })
    return () => {
      live = false
    }
  }, [hasPublishedDoc, id, collectionSlug, config.routes.api])

  const note =
    hasPublishedDoc && published ? publishedSlugNote(addressPrefix, published, current) : ''
  const changed = note.startsWith('Changes')
  return (
    <>
      <FieldDescription description={description} path={path} />
      {note && (
        <p
          className="slug-description__note"
          role={changed ? 'status' : undefined}
          style={{
            margin: '0.5rem 0 0',
            fontSize: '0.8125rem',
            color: changed ? 'var(--theme-warning-750)' : 'var(--theme-elevation-650)',
            fontWeight: changed ? 600 : undefined,
          }}
        >
          {note}
        </p>
      )}
    </>
  )
}
