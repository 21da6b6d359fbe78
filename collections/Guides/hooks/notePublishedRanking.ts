import type { CollectionBeforeChangeHook } from 'payload'

import { rowBeforeSave } from '@/hooks/addressChange'
import { publishedGuide } from '@/lib/releases/changelog'
import type { Guide } from '@/payload-types'

type Row = Pick<Guide, 'ranking' | 'criteriaSection' | 'scorecardSection' | '_status'>

/**
 * Notes the ranking and scorecard readers see before the save, from the main row
 * `notePublishedAddress` read before it (listed after it): the main row holds the published guide.
 */
export const notePublishedRanking: CollectionBeforeChangeHook = ({
  operation,
  originalDoc,
  context,
}) => {
  const id = (originalDoc as { id?: number } | undefined)?.id
  if (operation !== 'update' || id === undefined) return
  const row = rowBeforeSave(context, 'guides', id) as Row | null
  context.publishedGuide ??= new Map()
  context.publishedGuide.set(id, row?._status === 'published' ? publishedGuide(row) : null)
}
