import type { RelationshipField } from 'payload'

import { isSignedIn } from '@/access'

/**
 * Who saved this version. Payload's versions keep `updatedAt` but not the author, and the cockpit
 * (src/components/admin/Cockpit.tsx) shows who made each unpublished change. Set from `req.user` on
 * every save, drafts and autosaves included; a save without a user (a scheduled publish) keeps the
 * draft's author. Readers never see it: it names an account.
 */
export const updatedByField: RelationshipField = {
  name: 'updatedBy',
  type: 'relationship',
  relationTo: 'users',
  access: { read: isSignedIn },
  admin: { position: 'sidebar', readOnly: true, description: 'Who saved the newest version.' },
  hooks: {
    beforeChange: [({ req, value }): unknown => (req.user ? req.user.id : (value as unknown))],
  },
}
