import type { Field, GlobalConfig } from 'payload'

import { anyone, authenticated } from '@/access'
import { linkFields } from '@/fields/link'
import { revalidateFrame } from '@/hooks/revalidate'

const links = (name: string, description: string): Field => ({
  name,
  type: 'array',
  labels: { singular: 'Link', plural: 'Links' },
  maxRows: 12,
  admin: { description, initCollapsed: false },
  fields: [
    { name: 'label', type: 'text', required: true, maxLength: 60 },
    ...linkFields({ required: true }),
  ],
})

/** The top of every public page: the site's name or logo, and the navigation. */
export const Header: GlobalConfig<'header'> = {
  slug: 'header',
  label: 'Header & navigation',
  access: { read: anyone, update: authenticated },
  hooks: { afterChange: [revalidateFrame] },
  fields: [
    { name: 'siteName', type: 'text', required: true, defaultValue: 'jerrycan' },
    {
      name: 'logo',
      type: 'upload',
      relationTo: 'media',
      admin: { description: 'Shown instead of the name (which becomes its alt text).' },
    },
    links(
      'navigation',
      'In order. A link to a page or guide shows only while it is published, at its current address.',
    ),
    {
      name: 'labels',
      type: 'group',
      admin: { description: 'Words for screen readers and the phone menu.' },
      fields: [
        { name: 'navigation', type: 'text', required: true, defaultValue: 'Main' },
        { name: 'menu', type: 'text', required: true, defaultValue: 'Menu' },
      ],
    },
  ],
}

/** The bottom of every public page: groups of links and a legal line. */
export const Footer: GlobalConfig<'footer'> = {
  slug: 'footer',
  label: 'Footer',
  access: { read: anyone, update: authenticated },
  hooks: { afterChange: [revalidateFrame] },
  fields: [
    {
      name: 'groups',
      type: 'array',
      labels: { singular: 'Link group', plural: 'Link groups' },
      maxRows: 6,
      fields: [
        { name: 'heading', type: 'text', required: true, maxLength: 60 },
        links('links', 'A link to a page or guide shows only while it is published.'),
      ],
    },
    { name: 'legal', type: 'text', admin: { description: 'E.g. © 2026 jerrycan.' } },
  ],
}
