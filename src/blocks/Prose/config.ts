import type { Block } from 'payload'

import { pageEditor, richTextField } from '@/fields/richText'

/** Text with headings, lists and links. */
export const ProseBlock: Block = {
  slug: 'prose',
  labels: { singular: 'Rich text', plural: 'Rich text' },
  fields: [richTextField('content', { editor: pageEditor, required: true })],
}
