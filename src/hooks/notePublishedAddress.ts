import type { CollectionBeforeChangeHook } from 'payload'

import { mainRow, noteRowBeforeSave } from './addressChange'

/**
 * Notes the address readers know before a save: a rename made in drafts and then published
 * still moves the address from the published slug. The afterChange hooks that follow compare
 * with it (src/hooks/addressChange.ts).
 */
export const notePublishedAddress: CollectionBeforeChangeHook = async ({
  collection,
  operation,
  originalDoc,
  req,
  context,
}) => {
  const id = (originalDoc as { id?: number } | undefined)?.id
  if (operation !== 'update' || id === undefined) return
  noteRowBeforeSave(context, collection.slug, id, await mainRow(req, collection.slug, id))
}
