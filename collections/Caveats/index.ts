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

import { revalidateGuidesShowingCaveat } from './hooks/revalidateGuidesShowingCaveat'

export const Caveats: CollectionConfig<'caveats'> = {
  slug: 'caveats',
  admin: {
    ...previewAt(() => '/#caveats'),
    useAsTitle: 'label',
    defaultColumns: ['label', 'framework', '_status', 'updatedAt'],
  },
  access: editorialAccess,
  versions: editorialVersions,
  // Links in its rich text count as links from published content (src/hooks/recordLinks.ts).
  hooks: {
    beforeOperation: [guardWrites],
    afterOperation: [sayPublished],
    beforeChange: [recordLinks],
    afterChange: [keepEditLockOnAutosave, revalidateGuidesShowingCaveat],
    beforeDelete: [refuseDeletingShownDocuments],
  },
  fields: [
    {
      name: 'label',
      type: 'text',
      required: true,
      unique: true,
      admin: { description: 'A short name for the admin list; readers never see it.' },
    },
    richTextField('body', { required: true }),
    {
      name: 'framework',
      type: 'relationship',
      relationTo: 'frameworks',
      admin: { position: 'sidebar', description: 'The framework this caveat is about, if any.' },
    },
    linksToField,
    updatedByField,
    addToReleaseField,
  ],
}
