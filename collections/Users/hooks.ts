import type {
  CollectionAfterErrorHook,
  CollectionBeforeOperationHook,
  PayloadRequest,
} from 'payload'

import { FieldsInvalid } from '@/lib/api/errors'

/** How long a run of wrong passwords pauses password sign-in to an account. */
export const LOCK_MINUTES = 10

/**
 * The one answer to a sign-in that fails, whatever the reason: a wrong password, an email with
 * no account, or an account paused by wrong passwords. Payload tells the last apart ("This user
 * is locked…"), which tells anyone which addresses have accounts.
 */
export const FAILED_SIGN_IN = `The email or password is incorrect, or repeated failed sign-ins have paused this account for up to ${LOCK_MINUTES} minutes. Check both and try again later, or set a new password with “Forgot password”.`

// Payload's errors are told apart by name: the app and Payload may hold two copies of its classes.
const SIGN_IN_REFUSALS = new Set(['AuthenticationError', 'LockedAuth'])

export const oneAnswerForFailedSignIn: CollectionAfterErrorHook = ({ error }) => {
  if (!SIGN_IN_REFUSALS.has(error.name)) return
  return { status: 401, response: { errors: [{ message: FAILED_SIGN_IN }] } }
}

/**
 * A reset without its token is a request missing a field (400 naming it), not an expired link:
 * Payload reads a missing token as an empty one and answers 403 "invalid or has expired".
 */
export const requireResetToken: CollectionBeforeOperationHook<'users'> = ({ args, operation }) => {
  if (operation !== 'resetPassword') return args
  const { token } = (args as { data?: { token?: unknown } }).data ?? {}
  if (typeof token !== 'string' || token === '') {
    throw new FieldsInvalid('users', [
      {
        path: 'token',
        message: 'is required: the token from the link in the password-reset email.',
      },
    ])
  }
  return args
}

/** No account exists yet: the one being made is the site's first, and becomes its admin. */
export async function isFirstUser(req: PayloadRequest): Promise<boolean> {
  const { totalDocs } = await req.payload.count({ collection: 'users', req })
  return totalDocs === 0
}
