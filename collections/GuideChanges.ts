import type { CollectionAfterChangeHook, CollectionConfig } from 'payload'

import { authenticated } from '@/access'
import { TAGS, revalidateTags } from '@/lib/content/cacheTags'
import { relationId } from '@/lib/content/relationId'
import type { GuideChange } from '@/payload-types'

const nobody = () => false

/** Any entry added, hidden or shown again changes what the guide's "What changed" lists. */
const revalidateGuide: CollectionAfterChangeHook<GuideChange> = async ({ doc, req }) => {
  const guide = await req.payload.db.findOne({
    collection: 'guides',
    where: { id: { equals: relationId(doc.guide) } },
    req,
  })
  const slug = (guide as { slug?: string } | null)?.slug
  if (slug) await revalidateTags(req, [TAGS.guide(slug)])
  return doc
}

/**
 * The public changelog of each guide ("What changed", its Markdown twin and Atom feed). Entries are
 * written only by publishes (src/lib/releases/changelog.ts), from the published versions: nothing
 * here is typed. A marketer may hide one, e.g. a typo fix.
 */
export const GuideChanges: CollectionConfig<'guide-changes'> = {
  slug: 'guide-changes',
  labels: { singular: 'Guide change', plural: 'Guide changes' },
  admin: {
    group: 'Releases',
    defaultColumns: ['guide', 'at', 'kind', 'release', 'hidden'],
    description:
      'What readers see under “What changed” on each guide. Tick Hidden to leave one out.',
  },
  // Entries name releases, which readers may not see: the site reads them server-side and shows
  // only the date, the release's public note and the moves.
  access: { read: authenticated, create: nobody, update: authenticated, delete: authenticated },
  defaultSort: '-at',
  hooks: { afterChange: [revalidateGuide] },
  fields: [
    { name: 'guide', type: 'relationship', relationTo: 'guides', required: true, index: true },
    {
      type: 'row',
      fields: [
        { name: 'at', type: 'date', required: true, admin: { readOnly: true } },
        {
          name: 'kind',
          type: 'select',
          required: true,
          defaultValue: 'publish',
          options: [
            { label: 'Published', value: 'publish' },
            { label: 'Reverted', value: 'revert' },
          ],
          admin: { readOnly: true },
        },
      ],
    },
    { name: 'release', type: 'relationship', relationTo: 'releases', admin: { readOnly: true } },
    {
      name: 'moves',
      type: 'array',
      admin: { readOnly: true, description: 'Derived from the published rankings.' },
      fields: [
        { name: 'framework', type: 'relationship', relationTo: 'frameworks', required: true },
        {
          type: 'row',
          fields: [
            { name: 'from', type: 'number', admin: { description: 'Empty: newly ranked.' } },
            { name: 'to', type: 'number', admin: { description: 'Empty: left the ranking.' } },
          ],
        },
      ],
    },
    {
      name: 'hidden',
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar', description: 'Leave this change out of the public list.' },
    },
  ],
}
