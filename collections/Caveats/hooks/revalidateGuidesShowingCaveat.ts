import type { CollectionAfterChangeHook } from 'payload'

import type { Doc } from '@/hooks/affectsReaders'
import { revalidateGuidesShowing } from '@/hooks/revalidateGuidesShowing'

/** The guides that show it in their caveats (caveatsSection.caveats). */
export const revalidateGuidesShowingCaveat: CollectionAfterChangeHook<Doc> = (args) =>
  revalidateGuidesShowing(args, 'caveatsSection.caveats')
