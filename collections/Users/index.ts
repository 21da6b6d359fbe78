import type { CollectionConfig } from 'payload'

import { authenticated, isAdmin, isAdminField, isAdminOrSelf, isSignedIn } from '@/access'
import { refuseDeletingShownDocuments } from '@/hooks/guardDeletes'
import { guardWrites } from '@/hooks/guardWrites'
import { clearEditorHint, extendEditorHint, setEditorHint } from '@/lib/editLink/hint'

import { isFirstUser, LOCK_MINUTES, oneAnswerForFailedSignIn, requireResetToken } from './hooks'

export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  /**
   * Wrong passwords: after 5 in a row, password sign-in to the account pauses for LOCK_MINUTES.
   * That bounds guessing to 5 tries per account per 10 minutes. A stranger can pause an account
   * this way, but cannot keep its owner out, nor learn that it exists:
   * - every failed sign-in, paused or not, account or not, answers the same 401 (FAILED_SIGN_IN);
   * - "Forgot password" mails the owner a link, and the reset it leads to lifts the pause and
   *   signs them in (Payload's resetPassword clears lockUntil): only the mailbox's owner gets that;
   * - an admin can lift it too (`unlock` below).
   */
  auth: { maxLoginAttempts: 5, lockTime: LOCK_MINUTES * 60_000 },
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'role', 'updatedAt'] },
  access: {
    read: authenticated,
    // Payload lets the very first user register through /admin whatever this says.
    create: isAdmin,
    update: isAdminOrSelf,
    delete: isAdmin,
    // A locked account (too many failed logins) is for an admin to unlock, never an editor.
    unlock: isAdmin,
    admin: isSignedIn,
  },
  // The public site's "Edit this page" loads only in a browser with this hint (src/lib/editLink).
  hooks: {
    beforeOperation: [guardWrites, requireResetToken],
    afterError: [oneAnswerForFailedSignIn],
    afterLogin: [setEditorHint],
    afterRefresh: [extendEditorHint],
    afterLogout: [clearEditorHint],
    beforeDelete: [refuseDeletingShownDocuments],
  },
  fields: [
    {
      name: 'role',
      type: 'select',
      required: true,
      // The form shows what the account will be: on an empty site, the first one is an admin.
      defaultValue: async ({ req }) => ((await isFirstUser(req)) ? 'admin' : 'editor'),
      options: [
        { label: 'Admin', value: 'admin' },
        { label: 'Editor', value: 'editor' },
      ],
      saveToJWT: true,
      access: { create: isAdminField, update: isAdminField },
      hooks: {
        beforeChange: [
          // The first account, made at /admin on an empty site, must be able to invite others.
          async ({ req, operation, value }) => {
            if (operation !== 'create') return value as string
            return (await isFirstUser(req)) ? 'admin' : (value as string)
          },
        ],
      },
    },
    {
      // When the user last saw the cockpit's Review section: its "new since your last visit".
      // Written by the cockpit only (src/lib/cockpit/reviewSeen.ts).
      name: 'reviewsSeenAt',
      type: 'date',
      access: {
        read: ({ req: { user }, doc }) =>
          Boolean(user && user.id === (doc as { id?: unknown } | undefined)?.id),
        create: () => false,
        update: () => false,
      },
      admin: { hidden: true },
    },
  ],
}
