import type { CollectionAfterChangeHook } from 'payload'

import type { Doc } from '@/hooks/affectsReaders'
import { revalidateAddressedChange } from '@/hooks/revalidateAddressed'
import { TAGS } from '@/lib/cache/tags'

/** The guide at its old and new slug, the guides list, and on a move its links and redirects. */
export const revalidateGuide: CollectionAfterChangeHook<Doc> = (args) =>
  revalidateAddressedChange(args, TAGS.guide, TAGS.guides)
