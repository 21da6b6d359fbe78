'use client'

import { useEffect } from 'react'

/**
 * Puts the share link back in the address bar once the preview has redirected to its page, so a
 * reviewer who copies the address for a colleague hands over a link that still shows the drafts
 * (the page's own URL would show the published page to anyone without the cookie).
 */
export function ShareAddress({ address }: { address: string }) {
  useEffect(() => {
    const here = `${window.location.pathname}${window.location.search}`
    if (here !== address) window.history.replaceState(window.history.state, '', address)
  }, [address])
  return null
}
