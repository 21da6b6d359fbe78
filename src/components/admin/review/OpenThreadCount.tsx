'use client'
import { useEffect, useState } from 'react'

type About = { relationTo: string; value: number }

const OPEN_THREADS_CHANGED = 'guide:review-open-threads'

/** Tells the sidebar's count that a thread of `document` was resolved (-1) or reopened (+1). */
export function announceOpenThreads(document: About, delta: 1 | -1): void {
  window.dispatchEvent(new CustomEvent(OPEN_THREADS_CHANGED, { detail: { document, delta } }))
}

/**
 * The sidebar's "N open threads": rendered on the server, then kept in step with the Review tab's
 * Resolve and Reopen on the same page (announceOpenThreads), without a reload.
 */
export function OpenThreadCount({ document, initial }: { document: About; initial: number }) {
  const [open, setOpen] = useState(initial)
  useEffect(() => {
    const changed = (event: Event) => {
      const { detail } = event as CustomEvent<{ document: About; delta: number }>
      if (detail.document.relationTo !== document.relationTo) return
      if (detail.document.value !== document.value) return
      setOpen((count) => Math.max(0, count + detail.delta))
    }
    window.addEventListener(OPEN_THREADS_CHANGED, changed)
    return () => window.removeEventListener(OPEN_THREADS_CHANGED, changed)
  }, [document.relationTo, document.value])
  return (
    <span data-open-threads={open}>
      {open} open {open === 1 ? 'thread' : 'threads'}
    </span>
  )
}
