import { APIError, type Access, type SanitizedConfig } from 'payload'

import { documentId } from '@/lib/api/inputShape'
import { relationId } from '@/lib/content/relationId'
import { LOCKED_DOCUMENTS } from '@/lib/database/payloadInternals'

type Caller = { id: number | string; collection: string }

/** Whether a lock's `user` (`{ relationTo, value }`, the value an id or a populated user) is the caller. */
function isCaller(holder: unknown, caller: Caller): boolean {
  const named =
    holder !== null && typeof holder === 'object' && 'value' in holder
      ? (holder as { relationTo?: unknown; value: unknown })
      : { relationTo: caller.collection, value: holder }
  return (
    named.relationTo === caller.collection &&
    documentId(relationId(named.value as number)) === documentId(caller.id)
  )
}

const notYours = () =>
  new APIError(
    'A document lock can only be yours: its `user` must be you, as { relationTo: "users", value: <your id> }.',
    403,
    null,
    true,
  )

/** A lock is created for the signed-in user only: one naming someone else is refused (403). */
export const createOwnLock: Access = ({ req, data }) => {
  if (!req.user) return false
  const holder = (data as { user?: unknown } | undefined)?.user
  // No data: the admin asking what it may do. No user: Payload refuses the lock as incomplete.
  if (holder === undefined || isCaller(holder, req.user)) return true
  throw notYours()
}

/**
 * A lock may be taken over (the admin's "take over" sets `user` to the caller), but never handed
 * to someone else, and a lock that stays someone else's is not edited.
 */
export const updateOwnLock: Access = ({ req, data }) => {
  if (!req.user) return false
  const holder = (data as { user?: unknown } | undefined)?.user
  if (holder === undefined) return { 'user.value': { equals: req.user.id } }
  if (isCaller(holder, req.user)) return true
  throw notYours()
}

/**
 * Payload adds its locked-documents collection while it builds the config, after the plugins
 * run, with "any signed-in user" access: anyone could lock a document in another user's name.
 * Its create and update access are set here, on the built config.
 */
export function ownLocksOnly(config: SanitizedConfig): SanitizedConfig {
  const locks = config.collections.find((collection) => collection.slug === LOCKED_DOCUMENTS)
  if (!locks) throw new Error(`Payload no longer has the ${LOCKED_DOCUMENTS} collection.`)
  locks.access.create = createOwnLock
  locks.access.update = updateOwnLock
  return config
}
