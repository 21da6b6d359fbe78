import type { CollectionAfterDeleteHook } from 'payload'

import type { Doc } from '@/hooks/affectsReaders'
import { revalidateAddressedDelete } from '@/hooks/revalidateAddressed'
import { TAGS } from '@/lib/cache/tags'

export const revalidateDeletedGuide: CollectionAfterDeleteHook<Doc> = (args) =>
  revalidateAddressedDelete(args, TAGS.guide, TAGS.guides)
