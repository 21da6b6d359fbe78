import type { CollectionAfterChangeHook } from 'payload'

import type { Doc } from '@/hooks/affectsReaders'
import { revalidateGuidesShowing } from '@/hooks/revalidateGuidesShowing'

/** The guides that show it in the ranking (ranking.framework). */
export const revalidateGuidesShowingFramework: CollectionAfterChangeHook<Doc> = (args) =>
  revalidateGuidesShowing(args, 'ranking.framework')
