import type { Field, Tab, UIField } from 'payload'

import { CHECKS, CHECK_IDS } from '@/lib/checks/types'

// "Checks" (src/lib/checks): what a reader would trip on, shown before it goes live. UI fields
// only, no column, except a guide's list of the checks its publish requires.

/** The sidebar's count of warnings, and the jump to a field a check names (always mounted). */
export const checksSummaryField: UIField = {
  name: 'checksSummary',
  type: 'ui',
  admin: {
    position: 'sidebar',
    components: { Field: '/src/components/admin/ChecksPanel#ChecksSummary' },
  },
}

/** The guide's checks that stop a publish (a 409 naming the check) instead of only warning. */
const requiredChecks: Field = {
  name: 'requiredChecks',
  type: 'select',
  hasMany: true,
  label: 'Required before publishing',
  options: CHECK_IDS.map((value) => ({ value, label: CHECKS[value] })),
  admin: {
    description:
      'Checks only warn. A check listed here stops a publish (the button, the API, a schedule or a release) while it warns, and names it.',
  },
}

/** The Checks tab: every finding with a jump to its field; on a guide, the required checks. */
export const checksTab = ({ required = false }: { required?: boolean } = {}): Tab => ({
  label: 'Checks',
  description:
    'What a reader would trip on if this went live now, checked on the last save. Warnings do not stop a publish unless the check is required.',
  fields: [
    {
      name: 'checksPanel',
      type: 'ui',
      admin: { components: { Field: '/src/components/admin/ChecksPanel#ChecksPanel' } },
    },
    ...(required ? [requiredChecks] : []),
  ],
})
