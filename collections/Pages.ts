import type { CollectionConfig } from 'payload'

import { editorialAccess } from '@/access'
import { PAGE_BLOCKS } from '@/blocks'
import { addressedHooks, linksToField } from '@/hooks/addresses'
import { revalidateAddressed } from '@/hooks/revalidate'
import { addToReleaseField } from '@/fields/addToRelease'
import { updatedByField } from '@/fields/updatedBy'
import { editorialVersions, previewAt } from '@/fields/versions'
import { slugField } from '@/fields/slug'
import { linksTab, seoTab, shareTab } from '@/fields/tabs'
import { TAGS } from '@/lib/content/cacheTags'
import { pagePath, reservedSlugError } from '@/lib/content/urls'

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
  },
  access: editorialAccess,
  versions: editorialVersions,
  hooks: addressedHooks({
    pathOf: pagePath,
    revalidate: revalidateAddressed(TAGS.page, TAGS.pages),
  }),
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 200 },
    slugField('title', { refuse: reservedSlugError }),
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Content',
          fields: [
            {
              name: 'dek',
              type: 'textarea',
              admin: { description: 'Optional standfirst under the title.' },
            },
            { name: 'layout', type: 'blocks', blocks: PAGE_BLOCKS, minRows: 1 },
          ],
        },
        shareTab('page', 'page'),
        linksTab(),
        seoTab('standfirst', [
          {
            name: 'image',
            type: 'upload',
            relationTo: 'media',
            admin: { description: 'The social card. Defaults to a generated one.' },
          },
        ]),
      ],
    },
    linksToField,
    updatedByField,
    addToReleaseField,
  ],
}
