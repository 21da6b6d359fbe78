import type { CollectionConfig } from 'payload'

import { authenticated, isAdmin, isAdminField, isAdminOrSelf, isSignedIn } from '@/access'
import { clearEditorHint, extendEditorHint, setEditorHint } from '@/lib/editLink/hint'

export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  auth: true,
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
    afterLogin: [setEditorHint],
    afterRefresh: [extendEditorHint],
    afterLogout: [clearEditorHint],
  },
  fields: [
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'editor',
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
            const { totalDocs } = await req.payload.count({ collection: 'users', req })
            return totalDocs === 0 ? 'admin' : (value as string)
          },
        ],
      },
    },
  ],
}
