import type { Block } from 'payload'

import { linkFields } from '@/fields/link'

/** A heading, a line and a button. */
export const CallToActionBlock: Block = {
  slug: 'cta',
  labels: { singular: 'Call to action', plural: 'Calls to action' },
  fields: [
    { name: 'heading', type: 'text', required: true },
    { name: 'text', type: 'textarea' },
    { name: 'linkLabel', type: 'text' },
    ...linkFields(),
  ],
}
