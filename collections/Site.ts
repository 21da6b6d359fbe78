import type { GlobalConfig } from 'payload'

import { anyone, authenticated } from '@/access'
import { revalidateSite } from '@/hooks/revalidate'

/** Site-wide choices: which guide is the home page, and the preview banner's copy. */
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
  ],
}
