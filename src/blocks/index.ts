import type { Block } from 'payload'

import { linkFields } from '@/fields/link'
import { pageEditor, richTextField } from '@/fields/richText'

/** Text with headings, lists and links. */
export const ProseBlock: Block = {
  slug: 'prose',
  labels: { singular: 'Rich text', plural: 'Rich text' },
  fields: [richTextField('content', { editor: pageEditor, required: true })],
}

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

/** The live ranking table of a guide: it changes when the guide is published. */
export const RankingBlock: Block = {
  slug: 'ranking',
  labels: { singular: 'Ranking from a guide', plural: 'Rankings from guides' },
  fields: [
    { name: 'heading', type: 'text', admin: { description: 'Optional, shown above the table.' } },
    {
      name: 'guide',
      type: 'relationship',
      relationTo: 'guides',
      required: true,
      admin: { description: 'Its published ranking is shown; nothing while it is unpublished.' },
    },
  ],
}

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

export const PAGE_BLOCKS = [ProseBlock, CalloutBlock, CallToActionBlock, RankingBlock, FaqBlock]
