import type { PayloadRequest, Where } from 'payload'

import type { ReviewComment } from '@/payload-types'

import type { DraftStamp, Reviewable } from './draftVersion'

/**
 * Where a document's verdicts through share links stand against its current draft: the newest
 * verdict for this very draft (given after its last save) approves or requests changes; with none,
 * an older verdict reads "for an earlier draft".
 */
export type VerdictState = 'approved' | 'changes' | 'earlier-draft' | 'none'

const verdictsOn = (collection: Reviewable, id: number): Where[] => [
  { 'document.relationTo': { equals: collection } },
  { 'document.value': { equals: id } },
  { kind: { equals: 'verdict' } },
  { link: { exists: true } },
]

async function newest(req: PayloadRequest, where: Where[]): Promise<ReviewComment | undefined> {
  const { docs } = await req.payload.find({
    collection: 'review-comments',
    where: { and: where },
    sort: '-createdAt',
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true,
  })
  return docs[0]
}

export async function verdictState(
  req: PayloadRequest,
  collection: Reviewable,
  id: number,
  draft: DraftStamp | undefined,
): Promise<VerdictState> {
  const all = verdictsOn(collection, id)
  if (draft) {
    const forDraft = await newest(req, [
      ...all,
      { draftVersion: { equals: draft.key } },
      { createdAt: { greater_than_equal: draft.savedAt } },
    ])
    if (forDraft) return forDraft.verdict === 'approve' ? 'approved' : 'changes'
  }
  return (await newest(req, all)) ? 'earlier-draft' : 'none'
}
