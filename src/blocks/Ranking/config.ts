import type { Block } from 'payload'

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
