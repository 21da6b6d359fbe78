import type { CollectionBeforeChangeHook } from 'payload'

import { FieldsInvalid } from '@/lib/api/errors'
import { relationId } from '@/lib/content/relationId'
import type { ReviewComment } from '@/payload-types'

/**
 * A reply belongs to its thread: it takes the thread's document, place and quote, so it can never
 * point somewhere else. Threads are one level deep (a reply to a reply joins the first thread's)
 * and only comments have replies.
 */
export const joinThread: CollectionBeforeChangeHook<ReviewComment> = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create' || !data.parent) return data
  const parent = await req.payload.findByID({
    collection: 'review-comments',
    id: relationId(data.parent),
    depth: 0,
    req,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!parent) {
    throw new FieldsInvalid('review-comments', [
      { path: 'parent', message: 'names no thread: it may have been deleted.' },
    ])
  }
  const thread = parent.parent ? relationId(parent.parent) : parent.id
  return {
    ...data,
    parent: thread,
    document: parent.document,
    field: parent.field,
    quote: parent.quote,
    kind: 'comment',
    verdict: null,
  }
}
