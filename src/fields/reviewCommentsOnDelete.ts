import type { CustomComponent } from 'payload'

import type { Reviewable } from '@/lib/review/draftVersion'

/** The ⋯ menu's note below Delete: how many review comments go with the document. */
export const reviewCommentsOnDelete = (collection: Reviewable): CustomComponent => ({
  path: '/src/components/admin/ReviewCommentsOnDelete#ReviewCommentsOnDelete',
  serverProps: { collection },
})
