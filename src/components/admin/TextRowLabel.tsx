'use client'

import { useRowLabel } from '@payloadcms/ui'

/**
 * An array row read by one of its text fields ("About us" for a navigation link, "Product" for a
 * footer group) instead of Payload's "Link 02"; a row with the field still empty reads "New link".
 */
export function TextRowLabel({ field, empty }: { field: string; empty: string }) {
  const { data } = useRowLabel<Record<string, unknown>>()
  const value = data?.[field]
  return (
    <span className="text-row-label">
      {typeof value === 'string' && value.trim() ? value.trim() : empty}
    </span>
  )
}
