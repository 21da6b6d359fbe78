import type { CollectionAfterChangeHook } from 'payload'

import type { Saved } from '@/hooks/addressChange'
import { redirectMovedAddress } from '@/hooks/redirectMovedAddress'
import { pagePath } from '@/lib/content/urls'

/** A published page renamed: its old /<slug> answers 301. */
export const redirectRenamedPage: CollectionAfterChangeHook<Saved & { id: number }> = (args) =>
  redirectMovedAddress(args, pagePath)
