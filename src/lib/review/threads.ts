import type { Payload } from 'payload'

import { relationId } from '@/lib/content/relationId'
import type { ReviewComment } from '@/payload-types'

import type { Reviewable } from './draftVersion'

/** A reviewer's comment and the replies to it (from the admin, or through the link), oldest first. */
export type Thread = { comment: ReviewComment; replies: ReviewComment[] }

const PAGE = 500

/**
 * Everything said about a document: its threads, newest first, and its verdicts, newest first.
 * Reads past access (overrideAccess): the caller decides who may see it — a signed-in user, or
 * the holder of a valid share link for this very document.
 */
export async function threadsOf(
  payload: Payload,
  document: { relationTo: Reviewable; value: number },
): Promise<{ threads: Thread[]; verdicts: ReviewComment[] }> {
  const all: ReviewComment[] = []
  for (let page = 1; ; page += 1) {
    const found = await payload.find({
      collection: 'review-comments',
      where: {
        and: [
          { 'document.relationTo': { equals: document.relationTo } },
          { 'document.value': { equals: document.value } },
        ],
      },
      sort: '-createdAt',
      depth: 0,
      limit: PAGE,
      page,
      overrideAccess: true,
    })
    all.push(...found.docs)
    if (!found.hasNextPage) break
  }
  const verdicts = all.filter((comment) => comment.kind === 'verdict')
  const threads = all
    .filter((comment) => comment.kind === 'comment' && !comment.parent)
    .map((comment) => ({ comment, replies: [] as ReviewComment[] }))
  const byId = new Map(threads.map((thread) => [thread.comment.id, thread]))
  for (const reply of all) {
    if (!reply.parent) continue
    byId.get(relationId(reply.parent))?.replies.unshift(reply)
  }
  return { threads, verdicts }
}
