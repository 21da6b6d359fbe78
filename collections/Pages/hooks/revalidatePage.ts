import type { CollectionAfterChangeHook } from 'payload'

import type { Doc } from '@/hooks/affectsReaders'
import { revalidateAddressedChange } from '@/hooks/revalidateAddressed'
import { TAGS } from '@/lib/cache/tags'

/** The page at its old and new slug, the pages list, and on a move its links and redirects. */
export const revalidatePage: CollectionAfterChangeHook<Doc> = (args) =>
  revalidateAddressedChange(args, TAGS.page, TAGS.pages)
