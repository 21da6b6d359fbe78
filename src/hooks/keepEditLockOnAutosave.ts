import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import { LOCKED_DOCUMENTS } from '@/lib/database/payloadInternals'

import { docKey } from './docKey'

/**
 * Notes, before an autosave (src/hooks/guardWrites.ts), whether the signed-in user holds the
 * admin's edit lock on this document.
 */
export async function noteEditLock(
  req: PayloadRequest,
  collection: string,
  id: number,
): Promise<void> {
  const held = await holdsEditLock(req, collection, id)
  req.context.editLock ??= new Map()
  req.context.editLock.set(docKey(collection, id), held)
}

async function holdsEditLock(
  req: PayloadRequest,
  collection: string,
  id: number,
): Promise<boolean> {
  if (!req.user || !req.payload.collections[LOCKED_DOCUMENTS]) return false
  const { totalDocs } = await req.payload.db.count({
    collection: LOCKED_DOCUMENTS,
    where: {
      and: [
        { 'document.relationTo': { equals: collection } },
        { 'document.value': { equals: id } },
        { 'user.value': { equals: req.user.id } },
      ],
    },
    req,
  })
  return totalDocs > 0
}

/**
 * Payload's admin locks a document while someone edits it, but every save deletes the lock,
 * autosaves included: with autosave on (every 0.8 s) a second editor almost never saw who holds
 * the document. An autosave keeps its author's lock instead. Listed first in the afterChange
 * hooks of every collection with versions.
 */
export const keepEditLockOnAutosave: CollectionAfterChangeHook<{ id: number }> = async ({
  collection,
  doc,
  req,
}) => {
  // Only a lock its author held before this autosave: an autosave landing after they left the
  // document must not lock it again.
  if (!req.user || req.context.editLock?.get(docKey(collection.slug, doc.id)) !== true) return doc
  await req.payload.db.create({
    collection: LOCKED_DOCUMENTS,
    data: {
      document: { relationTo: collection.slug, value: doc.id },
      user: { relationTo: req.user.collection, value: req.user.id },
    },
    req,
  })
  return doc
}
