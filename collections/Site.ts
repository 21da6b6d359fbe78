import type { GlobalConfig } from 'payload'

import { anyone, authenticated } from '@/access'

/** Site-wide choices: which guide is the home page. */
export const Site: GlobalConfig<'site'> = {
  slug: 'site',
  access: { read: anyone, update: authenticated },
  fields: [
    {
      name: 'homeGuide',
      type: 'relationship',
      relationTo: 'guides',
      required: true,
      admin: { description: 'The guide served at /. Every guide is also at /guides/<slug>.' },
    },
  ],
}
