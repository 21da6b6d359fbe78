import type { Block } from 'payload'

import { richTextField } from '@/fields/richText'

/** Questions and answers; search engines get them as FAQPage structured data. */
export const FaqBlock: Block = {
  slug: 'faq',
  labels: { singular: 'FAQ', plural: 'FAQs' },
  fields: [
    { name: 'heading', type: 'text', required: true, defaultValue: 'Frequently asked questions' },
    {
      name: 'items',
      type: 'array',
      minRows: 1,
      labels: { singular: 'Question', plural: 'Questions' },
      fields: [
        { name: 'question', type: 'text', required: true },
        richTextField('answer', { required: true }),
      ],
    },
  ],
}
