import type { Field } from 'payload'

import { isAdminField } from '@/access'

// "Publishing needs an approval" (src/hooks/requireApproval.ts): the setting, the admin's one-shot
// override, and the record of who overrode and when (kept in the document's versions).

/** The setting, the override and its record, in the sidebar of guides, pages and releases. */
export const approvalFields: Field[] = [
  {
    name: 'requireApproval',
    type: 'checkbox',
    defaultValue: false,
    label: 'Publishing needs an approval',
    admin: {
      position: 'sidebar',
      description:
        'While on, a publish (the button, the API, a schedule or a release) is refused until a reviewer approves the current draft through a share link.',
    },
  },
  {
    name: 'overrideApproval',
    type: 'checkbox',
    defaultValue: false,
    label: 'Publish without an approval (admin)',
    access: { create: isAdminField, update: isAdminField },
    admin: {
      position: 'sidebar',
      condition: (data) => Boolean(data?.requireApproval),
      description: 'Lets the next publish through once; who and when is recorded below.',
    },
  },
  {
    name: 'approvalOverride',
    type: 'group',
    label: 'Approval overridden',
    admin: {
      position: 'sidebar',
      readOnly: true,
      condition: (data) => Boolean((data?.approvalOverride as { at?: unknown } | undefined)?.at),
    },
    // Written by the gate only: an edit cannot forge who overrode.
    access: { create: () => false, update: () => false },
    fields: [
      { name: 'by', type: 'relationship', relationTo: 'users', admin: { readOnly: true } },
      { name: 'at', type: 'date', admin: { readOnly: true } },
    ],
  },
]
