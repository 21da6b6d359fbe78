import type { PayloadRequest } from 'payload'

import { relationId } from '@/lib/content/relationId'
import type { Release } from '@/payload-types'

import { RELEASABLE, type Releasable } from './versions'

export type Item = NonNullable<Release['items']>[number]
export type GlobalItem = NonNullable<Release['globals']>[number]

/** The document a row names: from its relation, or from `was` once the document is deleted. */
export type Held = { collection: Releasable; id: number; title?: string; deleted: boolean }

/** A release row with the document it holds. */
export type Row = { item: Item; index: number; held: Held }

const WAS = /^([a-z-]+)\/(\d+)(?:: (.*))?$/s

/** `frameworks/7: Django`: what a row keeps of its document, in case the document goes. */
export const wasText = (collection: string, id: number, title?: string) =>
  `${collection}/${id}${title ? `: ${title.slice(0, 120)}` : ''}`

export function heldBy(item: Pick<Item, 'doc' | 'was'>): Held | undefined {
  const doc = item.doc as Item['doc'] | null | undefined
  const was = typeof item.was === 'string' ? WAS.exec(item.was) : null
  const title = was?.[3]
  if (doc && typeof doc === 'object' && doc.relationTo) {
    const id = Number(relationId(doc.value))
    if (Number.isInteger(id)) return { collection: doc.relationTo, id, title, deleted: false }
  }
  if (was && RELEASABLE.includes(was[1] as Releasable)) {
    return { collection: was[1] as Releasable, id: Number(was[2]), title, deleted: true }
  }
  return undefined
}

/** `frameworks “Django”`, or `frameworks 7` when the title was never known. */
export const describeHeld = (held: Held) =>
  `${held.collection} ${held.title ? `“${held.title}”` : held.id}${held.deleted ? ' (deleted)' : ''}`

/**
 * Sets a release's status fields alone, in the request's transaction: what the release's actions
 * record about themselves (reverted, failed), never what a client may edit.
 */
export async function setReleaseState(
  req: PayloadRequest,
  id: number,
  data: Pick<Release, 'status'> & Partial<Pick<Release, 'revertedAt' | 'failure'>>,
) {
  await req.payload.db.updateOne({ collection: 'releases', id, data, req })
}
