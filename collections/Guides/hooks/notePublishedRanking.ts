import type { CollectionBeforeChangeHook } from 'payload'

import { rowBeforeSave } from '@/hooks/addressChange'
import { frameworkIds } from '@/lib/releases/changelog'
import type { Guide } from '@/payload-types'

/**
 * Notes the ranking readers see before the save, from the main row `notePublishedAddress` read
 * before it (listed after it): the main row holds the published guide.
 */
export const notePublishedRanking: CollectionBeforeChangeHook = ({
  operation,
  originalDoc,
  context,
}) => {
  const id = (originalDoc as { id?: number } | undefined)?.id
  if (operation !== 'update' || id === undefined) return
  const row = rowBeforeSave(context, 'guides', id) as Pick<Guide, 'ranking' | '_status'> | null
  const ranking = row?._status === 'published' ? frameworkIds(row.ranking) : null
  context.publishedRanking ??= new Map()
  context.publishedRanking.set(id, ranking)
}
