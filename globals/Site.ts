import type { GlobalConfig } from 'payload'

import { anyone, authenticated } from '@/access'
import { guardGlobalWrites } from '@/hooks/guardGlobals'
import { revalidateSite } from '@/hooks/revalidateGlobals'

/** Site-wide choices: the home guide, the publisher, and the copy of the page chrome. */
export const Site: GlobalConfig<'site'> = {
  slug: 'site',
  access: { read: anyone, update: authenticated },
  hooks: { beforeOperation: [guardGlobalWrites], afterChange: [revalidateSite] },
  fields: [
    {
      name: 'homeGuide',
      type: 'relationship',
      relationTo: 'guides',
      required: true,
      admin: { description: 'The guide served at /. Every guide is also at /guides/<slug>.' },
    },
    {
      name: 'icon',
      type: 'upload',
      relationTo: 'media',
      admin: {
        description:
          'The site icon (favicon, home-screen icon): a square image, 512 px or more. Defaults to a built-in one.',
      },
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
        { name: 'guidesIndex', type: 'text', required: true, defaultValue: 'Guides' },
        {
          name: 'guidesIndexDescription',
          type: 'text',
          required: true,
          maxLength: 300,
          defaultValue:
            'Every ranked guide we publish, latest first: explicit criteria and a declared bias in each.',
          admin: { description: 'What search results and /guides.md say about the guides index.' },
        },
        { name: 'notFound', type: 'text', required: true, defaultValue: 'Page not found' },
        {
          name: 'notFoundHint',
          type: 'text',
          required: true,
          defaultValue:
            'There is nothing at this address. The guides index lists everything we publish.',
        },
      ],
    },
  ],
}
