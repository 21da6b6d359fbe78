'use client'

import { useField } from '@payloadcms/ui'
import type { DefaultCellComponentProps, TextFieldClientComponent } from 'payload'

import { linkStateInWords } from '@/lib/preview/linkState'

import { CopyButton } from './CopyButton'
import './shareLinks.scss'

/** The list's state column: "Works until …", "Expired on …" or "Revoked", in words. */
export function ShareLinkStateCell({ rowData }: DefaultCellComponentProps) {
  const expiresAt = rowData.expiresAt as string | undefined
  if (!expiresAt) return null
  return <span>{linkStateInWords({ expiresAt, revoked: Boolean(rowData.revoked) })}</span>
}

/** The list's link column: a Copy button, not an address cut off by the cell. */
export function ShareLinkUrlCell({ cellData }: DefaultCellComponentProps) {
  return typeof cellData === 'string' && cellData ? <CopyButton text={cellData} /> : null
}

/** A share link's own page: the whole address, readable, with a Copy button. */
export const ShareLinkUrlField: TextFieldClientComponent = ({ path, field }) => {
  const { value } = useField<string>({ path: path ?? field.name })
  return (
    <div className="field-type share-links__url">
      <label className="field-label">Share link</label>
      {value ? (
        <>
          <textarea readOnly rows={2} aria-label="Share link address" value={value} />
          <CopyButton text={value} />
        </>
      ) : (
        <p className="share-links__empty">The link appears here as soon as it is saved.</p>
      )}
    </div>
  )
}
