import type { CollectionAfterChangeHook } from 'payload'

import type { Saved } from '@/hooks/addressChange'
import { redirectMovedAddress } from '@/hooks/redirectMovedAddress'

/**
 * A published guide renamed: its old /guides/<slug> answers 301. The home guide also answers at
 * /, but /guides/<slug> is where an old slug must lead from.
 */
export const redirectRenamedGuide: CollectionAfterChangeHook<Saved & { id: number }> = (args) =>
  redirectMovedAddress(args, (slug) => `/guides/${slug}`)
