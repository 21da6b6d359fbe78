import type { CollectionAfterChangeHook } from 'payload'

import type { Doc } from '@/hooks/affectsReaders'
import { revalidateGuidesShowing } from '@/hooks/revalidateGuidesShowing'

/** The guides that show it in their criteria (criteriaSection.criteria). */
export const revalidateGuidesShowingCriterion: CollectionAfterChangeHook<Doc> = (args) =>
  revalidateGuidesShowing(args, 'criteriaSection.criteria')
