'use client'

import { useState } from 'react'

type Props = { anchor: string; label: string; copiedLabel: string; name: string }

/**
 * A link to an anchor. Without JavaScript it simply goes there; with it, it also copies the full
 * URL to the clipboard and says so.
 */
export function CopyLink({ anchor, label, copiedLabel, name }: Props) {
  const [copied, setCopied] = useState(false)
  const copy = async () => {
    const url = `${window.location.origin}${window.location.pathname}#${anchor}`
    try {
      await navigator.clipboard.writeText(url)
      setCopied(true)
      window.setTimeout(() => setCopied(false), 2000)
    } catch {
      // No clipboard (permissions, insecure context): the link still navigates to the anchor.
    }
  }
  return (
    <a
      className="copy-link"
      href={`#${anchor}`}
      aria-label={`${label}: ${name}`}
      onClick={() => void copy()}
    >
      <span aria-hidden="true">#</span>
      <span className="copy-link-text" aria-live="polite">
        {copied ? copiedLabel : label}
      </span>
    </a>
  )
}
