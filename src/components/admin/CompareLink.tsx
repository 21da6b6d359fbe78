'use client'

import { useField } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'

/** An item's `compare` (collections/Releases/hooks.ts) as a link to Payload's version comparison. */
export const CompareLink: TextFieldClientComponent = ({ path }) => {
  const { value } = useField<string>({ path })
  if (!value) return null
  // With `versionFrom` it compares with what is live; without, nothing is live yet.
  const live = new URLSearchParams(value.split('?')[1]).has('versionFrom')
  return (
    <p className="field-type" style={{ marginBlockStart: 'calc(var(--base) / 2)' }}>
      <a href={value}>{live ? 'Compare with live' : 'Compare with the version before'}</a>
    </p>
  )
}
