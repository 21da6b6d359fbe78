'use client'

import { RefreshRouteOnSave } from '@payloadcms/live-preview-react'
import { useRouter } from 'next/navigation'

/** Inside the admin's Live Preview panel, re-renders the page each time the editor autosaves. */
export function LivePreviewRefresh() {
  const router = useRouter()
  if (typeof window === 'undefined') return null
  return <RefreshRouteOnSave refresh={() => router.refresh()} serverURL={window.location.origin} />
}
