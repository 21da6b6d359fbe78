import type { Block } from 'payload'

import { linkFields } from '@/fields/link'

/** A highlighted sentence that points to another document. */
export const CalloutBlock: Block = {
  slug: 'callout',
  labels: { singular: 'Callout', plural: 'Callouts' },
  fields: [
    { name: 'text', type: 'textarea', required: true },
    { name: 'linkLabel', type: 'text', required: true },
    ...linkFields({ required: true }),
  ],
}
