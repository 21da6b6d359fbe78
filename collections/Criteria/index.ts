import type { CollectionConfig } from 'payload'

import { editorialAccess } from '@/access'
import { addToReleaseField } from '@/fields/addToRelease'
import { updatedByField } from '@/fields/updatedBy'
import { editorialVersions, previewAt } from '@/fields/versions'
import { linksToField } from '@/fields/linksTo'
import { slugField } from '@/fields/slug'
import { refuseDeletingShownDocuments } from '@/hooks/guardDeletes'
import { guardWrites } from '@/hooks/guardWrites'
import { sayPublished } from '@/hooks/sayPublished'
import { keepEditLockOnAutosave } from '@/hooks/keepEditLockOnAutosave'
import { recordLinks } from '@/hooks/recordLinks'

import { revalidateGuidesShowingCriterion } from './hooks/revalidateGuidesShowingCriterion'

export const Criteria: CollectionConfig<'criteria'> = {
  slug: 'criteria',
  labels: { singular: 'Criterion', plural: 'Criteria' },
  admin: {
    ...previewAt(() => '/#criteria'),
    useAsTitle: 'name',
    defaultColumns: ['name', 'slug', 'question', '_status', 'updatedAt'],
  },
  access: editorialAccess,
  versions: editorialVersions,
  // Links in its rich text count as links from published content (src/hooks/recordLinks.ts).
  hooks: {
    beforeOperation: [guardWrites],
    afterOperation: [sayPublished],
    beforeChange: [recordLinks],
    afterChange: [keepEditLockOnAutosave, revalidateGuidesShowingCriterion],
    beforeDelete: [refuseDeletingShownDocuments],
  },
  fields: [
    { name: 'name', type: 'text', required: true, unique: true },
    // Readers' weights name criteria by slug (`?w=performance:5`). Derived from the name when left
    // empty, so a criterion can still be created by its name alone (not required in the API types).
    { ...slugField('name'), required: false },
    {
      name: 'question',
      type: 'text',
      admin: { description: 'What the criterion asks, shown in parentheses after its name.' },
    },
    linksToField,
    updatedByField,
    addToReleaseField,
  ],
}
