import type { Block, CollectionConfig } from 'payload'

import { editorialAccess } from '@/access'
import { PAGE_BLOCKS } from '@/blocks'
import { addToReleaseField } from '@/fields/addToRelease'
import { approvalFields } from '@/fields/approval'
import { checksSummaryField, checksTab } from '@/fields/checks'
import { reviewSummaryField, reviewTab } from '@/fields/review'
import { updatedByField } from '@/fields/updatedBy'
import { editorialVersions, previewAt } from '@/fields/versions'
import { slugField } from '@/fields/slug'
import { linksTab, seoTab, shareTab } from '@/fields/tabs'
import { linksToField } from '@/fields/linksTo'
import { deleteReviewComments } from '@/hooks/deleteReviewComments'
import { reviewCommentsOnDelete } from '@/fields/reviewCommentsOnDelete'
import { deleteShareLinks } from '@/hooks/deleteShareLinks'
import { refuseDeletingShownDocuments } from '@/hooks/guardDeletes'
import { guardWrites } from '@/hooks/guardWrites'
import { sayPublished } from '@/hooks/sayPublished'
import { keepEditLockOnAutosave } from '@/hooks/keepEditLockOnAutosave'
import { notePublishedAddress } from '@/hooks/notePublishedAddress'
import { recordLinks } from '@/hooks/recordLinks'
import { requireApproval } from '@/hooks/requireApproval'
import { warnBeforeUnlinking } from '@/hooks/warnBeforeUnlinking'
import { pagePath, reservedSlugError } from '@/lib/content/urls'

import { redirectRenamedPage } from './hooks/redirectRenamedPage'
import { revalidateDeletedPage } from './hooks/revalidateDeletedPage'
import { revalidatePage } from './hooks/revalidatePage'

/** Each block's row in the admin reads its heading or first words (not "Untitled"). */
const labelled = (block: Block): Block => ({
  ...block,
  admin: {
    ...block.admin,
    components: {
      ...block.admin?.components,
      Label: {
        path: '/src/components/admin/BlockRowLabel#BlockRowLabel',
        clientProps: {
          blockLabel:
            typeof block.labels?.singular === 'string' ? block.labels.singular : block.slug,
        },
      },
    },
  },
})

/**
 * Everything that is not a ranked guide: an essay, a comparison, an about or landing page. Its body
 * is a list of blocks (src/blocks); it lives at /<slug>.
 */
export const Pages: CollectionConfig<'pages'> = {
  slug: 'pages',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', '_status', 'updatedAt'],
    ...previewAt(pagePath),
    components: { edit: { editMenuItems: [reviewCommentsOnDelete('pages')] } },
  },
  access: editorialAccess,
  versions: editorialVersions,
  // In this order: the afterChange hooks compare with the row notePublishedAddress noted.
  hooks: {
    beforeOperation: [guardWrites],
    afterOperation: [sayPublished],
    beforeChange: [recordLinks, requireApproval, notePublishedAddress],
    afterChange: [keepEditLockOnAutosave, warnBeforeUnlinking, redirectRenamedPage, revalidatePage],
    beforeDelete: [refuseDeletingShownDocuments, deleteShareLinks, deleteReviewComments],
    afterDelete: [revalidateDeletedPage],
  },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 200 },
    slugField('title', { refuse: reservedSlugError, addressPrefix: '/' }),
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Content',
          fields: [
            {
              name: 'dek',
              type: 'textarea',
              label: 'Summary under the title',
              admin: {
                description:
                  'Optional: a sentence or two shown under the title. Also the search description when SEO has none.',
              },
            },
            { name: 'layout', type: 'blocks', blocks: PAGE_BLOCKS.map(labelled), minRows: 1 },
          ],
        },
        shareTab('page', 'page'),
        linksTab(),
        seoTab('summary under the title', [
          {
            name: 'image',
            type: 'upload',
            relationTo: 'media',
            admin: { description: 'The social card. Defaults to a generated one.' },
          },
        ]),
        checksTab(),
        reviewTab(),
        {
          label: 'Readers',
          fields: [
            {
              name: 'readers',
              type: 'ui',
              admin: { components: { Field: '/src/components/admin/ReadersPanel#ReadersPanel' } },
            },
          ],
        },
      ],
    },
    linksToField,
    updatedByField,
    addToReleaseField,
    checksSummaryField,
    reviewSummaryField,
    ...approvalFields,
  ],
}
