import type { CollectionConfig } from 'payload'

import { authenticated, publishedOrAuthenticated } from '@/access'

export const Criteria: CollectionConfig<'criteria'> = {
  slug: 'criteria',
  labels: { singular: 'Criterion', plural: 'Criteria' },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'question', '_status', 'updatedAt'] },
  access: {
    read: publishedOrAuthenticated,
    create: authenticated,
    update: authenticated,
    delete: authenticated,
  },
  versions: { drafts: true, maxPerDoc: 50 },
  fields: [
    { name: 'name', type: 'text', required: true, unique: true },
    {
      name: 'question',
      type: 'text',
      admin: { description: 'What the criterion asks, shown in parentheses after its name.' },
    },
  ],
}
