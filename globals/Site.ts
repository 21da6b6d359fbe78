import type { GlobalConfig } from 'payload'

import { anyone, authenticated } from '@/access'
import { revalidateSite } from '@/hooks/revalidate'

/** Site-wide choices: the home guide, the publisher, and the copy of the page chrome. */
export const Site: GlobalConfig<'site'> = {
  slug: 'site',
  access: { read: anyone, update: authenticated },
  hooks: { afterChange: [revalidateSite] },
  fields: [
    {
      name: 'homeGuide',
      type: 'relationship',
      relationTo: 'guides',
      required: true,
      admin: { description: 'The guide served at /. Every guide is also at /guides/<slug>.' },
    },
    {
      name: 'previewBanner',
      type: 'group',
      admin: { description: 'The notice shown to anyone previewing drafts.' },
      fields: [
        {
          name: 'message',
          type: 'text',
          required: true,
          defaultValue:
            'You are previewing unpublished drafts. Readers do not see these changes yet.',
        },
        { name: 'exitLabel', type: 'text', required: true, defaultValue: 'Exit preview' },
      ],
    },
    {
      name: 'publisher',
      type: 'group',
      admin: { description: 'Named as author and publisher in search engines’ structured data.' },
      fields: [
        { name: 'name', type: 'text', required: true, defaultValue: 'jerrycan' },
        { name: 'url', type: 'text', admin: { description: 'Defaults to this site.' } },
      ],
    },
    {
      name: 'labels',
      type: 'group',
      admin: { description: 'Small words of the page chrome.' },
      fields: [
        { name: 'skipLink', type: 'text', required: true, defaultValue: 'Skip to content' },
        { name: 'contents', type: 'text', required: true, defaultValue: 'On this page' },
        { name: 'copyLink', type: 'text', required: true, defaultValue: 'Copy link' },
        { name: 'linkCopied', type: 'text', required: true, defaultValue: 'Link copied' },
      ],
    },
  ],
}
