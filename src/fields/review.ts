import type { Tab, UIField } from 'payload'

// The admin's side of reviewers' comments (src/components/admin/review): UI fields only, no column.

/** The Review tab: threads, replies, verdicts and the approval's state. */
export const reviewTab = (): Tab => ({
  label: 'Review',
  description:
    'What reviewers said through share links. Reply, resolve or reopen a thread, or go to the place it is about.',
  fields: [
    {
      name: 'reviewPanel',
      type: 'ui',
      admin: { components: { Field: '/src/components/admin/review/ReviewPanel#ReviewPanel' } },
    },
  ],
})

/** The sidebar's line: open threads, the newest verdict's reading, and the way to the tab. */
export const reviewSummaryField: UIField = {
  name: 'reviewSummary',
  type: 'ui',
  admin: {
    position: 'sidebar',
    components: { Field: '/src/components/admin/review/ReviewSummary#ReviewSummary' },
  },
}
