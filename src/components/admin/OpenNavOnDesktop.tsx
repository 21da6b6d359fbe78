'use client'

import { useNav, usePreferences, useWindowInfo } from '@payloadcms/ui'
import { PREFERENCE_KEYS } from 'payload/shared'
import { useEffect } from 'react'

/**
 * Opens the side navigation on a laptop-wide screen (1025–1440 px) unless the user closed it.
 * Payload's nav provider closes it at every width up to its "large" breakpoint, 1440 px included,
 * and never reads the stored choice there (@payloadcms/ui's Nav/context.js): a new user on a
 * 1440 px screen found the admin folded. Below 1025 px the nav is a drawer over the page and
 * stays closed; above 1440 px Payload opens it itself.
 */
export function OpenNavOnDesktop() {
  const { hydrated, setNavOpen } = useNav()
  const { getPreference } = usePreferences()
  const {
    breakpoints: { l: largeBreak, m: midBreak },
  } = useWindowInfo()

  useEffect(() => {
    // After the provider's own pass (hydrated), which closes it whenever the breakpoints change.
    if (!hydrated || !largeBreak || midBreak) return
    let current = true
    void getPreference<{ open?: boolean }>(PREFERENCE_KEYS.NAV).then((stored) => {
      if (current && stored?.open !== false) setNavOpen(true)
    })
    return () => {
      current = false
    }
  }, [hydrated, largeBreak, midBreak, getPreference, setNavOpen])

  return null
}
