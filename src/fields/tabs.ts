import type { Field, Tab } from 'payload'

import { LINKED_FROM_NOTE, linkedFromFields } from './linksTo'

/** The tabs every document with a public address has: share links, who links here, SEO. */

/** Share links for this document (`on`: the preview link's field that names it). */
export const shareTab = (on: 'guide' | 'page', noun: string): Tab => ({
  label: 'Share links',
  description: `A share link lets a reviewer without a CMS login see this ${noun}’s drafts.`,
  fields: [
    {
      name: 'previewLinks',
      type: 'join',
      label: 'Share links',
      collection: 'preview-links',
      on,
      admin: {
        defaultColumns: ['note', 'expiresAt', 'revoked', 'url'],
        // The link with a Copy button as soon as it is made, its state in words.
        components: { Field: '/src/components/admin/ShareLinks#ShareLinks' },
      },
    },
  ],
})

/** Published content that links here (src/fields/linksTo.ts). */
export const linksTab = (): Tab => ({
  label: 'Links',
  description: LINKED_FROM_NOTE,
  fields: linkedFromFields(),
})

/** Title and description for search and sharing, and whatever else `extra` adds. */
export const seoTab = (descriptionDefault: string, extra: Field[] = []): Tab => ({
  label: 'SEO',
  fields: [
    {
      name: 'meta',
      type: 'group',
      label: false,
      fields: [
        { name: 'title', type: 'text', admin: { description: 'Defaults to the title.' } },
        {
          name: 'description',
          type: 'textarea',
          admin: { description: `Defaults to the ${descriptionDefault}.` },
        },
        ...extra,
      ],
    },
  ],
})
