import type { UIField } from 'payload'

/**
 * "Releases" in a releasable document's sidebar: the open releases that hold it, and "Add to
 * release" (src/components/admin/AddToRelease.tsx). A `ui` field: no column, no version data.
 */
export const addToReleaseField: UIField = {
  name: 'addToRelease',
  type: 'ui',
  admin: {
    position: 'sidebar',
    components: { Field: '@/components/admin/AddToRelease#AddToRelease' },
  },
}
