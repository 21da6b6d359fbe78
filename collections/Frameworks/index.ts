import type { CollectionConfig } from 'payload'

import { editorialAccess } from '@/access'
import { addToReleaseField } from '@/fields/addToRelease'
import { updatedByField } from '@/fields/updatedBy'
import { editorialVersions, previewAt } from '@/fields/versions'
import { linksToField } from '@/fields/linksTo'
import { refuseDeletingShownDocuments } from '@/hooks/guardDeletes'
import { guardWrites } from '@/hooks/guardWrites'
import { sayPublished } from '@/hooks/sayPublished'
import { keepEditLockOnAutosave } from '@/hooks/keepEditLockOnAutosave'
import { recordLinks } from '@/hooks/recordLinks'
import { richTextField } from '@/fields/richText'
import { slugField } from '@/fields/slug'

import { revalidateGuidesShowingFramework } from './hooks/revalidateGuidesShowingFramework'

export const Frameworks: CollectionConfig<'frameworks'> = {
  slug: 'frameworks',
  admin: {
    ...previewAt((slug) => `/#${slug}`),
    useAsTitle: 'name',
    defaultColumns: ['name', 'language', 'buildModel', '_status', 'updatedAt'],
  },
  access: editorialAccess,
  versions: editorialVersions,
  // Links in its rich text count as links from published content (src/hooks/recordLinks.ts).
  hooks: {
    beforeOperation: [guardWrites],
    afterOperation: [sayPublished],
    beforeChange: [recordLinks],
    afterChange: [keepEditLockOnAutosave, revalidateGuidesShowingFramework],
    beforeDelete: [refuseDeletingShownDocuments],
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 80 },
    slugField('name'),
    {
      type: 'row',
      fields: [
        { name: 'language', type: 'text', required: true, maxLength: 60 },
        { name: 'buildModel', type: 'text', required: true, maxLength: 80 },
      ],
    },
    { name: 'bestFor', type: 'text', required: true, maxLength: 200 },
    richTextField('blurb', { required: true }),
    {
      name: 'declaredBias',
      type: 'checkbox',
      defaultValue: false,
      admin: {
        position: 'sidebar',
        description: 'Marks the entry as ours. The page sets it apart so the bias is declared.',
      },
    },
    linksToField,
    updatedByField,
    addToReleaseField,
  ],
}
