import type { Payload } from 'payload'

import type { User } from '@/payload-types'

/**
 * When the user last saw the cockpit's Review section (users.reviewsSeenAt), read afresh: the
 * session's copy of the user can be older than their last visit in another tab.
 */
export async function lastReviewVisit(payload: Payload, user: User): Promise<string | null> {
  const fresh = await payload.findByID({
    collection: 'users',
    id: user.id,
    select: { reviewsSeenAt: true },
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  return fresh?.reviewsSeenAt ?? null
}

/**
 * Notes a visit as of `at`, the time taken before the section was read: a comment written while
 * it rendered is still new next time.
 */
export async function noteReviewVisit(payload: Payload, user: User, at: string): Promise<void> {
  await payload.update({
    collection: 'users',
    id: user.id,
    data: { reviewsSeenAt: at },
    depth: 0,
    overrideAccess: true,
  })
}
