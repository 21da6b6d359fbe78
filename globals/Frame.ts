import type { Field, GlobalConfig } from 'payload'

import { authenticated, publishedOrAuthenticated } from '@/access'
import { linkFields } from '@/fields/link'
import { framePreview } from '@/fields/versions'
import { HEADER_DEFAULTS } from '@/lib/content/frameDefaults'
import { guardGlobalWrites } from '@/hooks/guardGlobals'
import { revalidateFrame } from '@/hooks/revalidateGlobals'
import { sayGlobalPublished } from '@/hooks/sayPublished'

/** An array row in the admin read by one of its text fields, not "Link 02". */
const rowLabelFrom = (field: string, empty: string) => ({
  path: '/src/components/admin/TextRowLabel#TextRowLabel',
  clientProps: { field, empty },
})

const links = (name: string, description: string): Field => ({
  name,
  type: 'array',
  labels: { singular: 'Link', plural: 'Links' },
  maxRows: 12,
  admin: {
    description,
    initCollapsed: false,
    components: { RowLabel: rowLabelFrom('label', 'New link') },
  },
  fields: [
    { name: 'label', type: 'text', required: true, maxLength: 60 },
    ...linkFields({ required: true }),
  ],
})

/**
 * Drafts with autosave, like every document: readers never see a draft until it is published,
 * alone or in a release (src/lib/releases). A release freezes the version it captures, so the
 * next autosave makes a new one. Preview and Live Preview show the home page around the draft.
 */
const frameAccess = { read: publishedOrAuthenticated, update: authenticated }
const versions: GlobalConfig['versions'] = {
  drafts: { autosave: { interval: 800 } },
  max: 100,
}

/** The top of every public page: the site's name or logo, and the navigation. */
export const Header: GlobalConfig<'header'> = {
  slug: 'header',
  label: 'Header & navigation',
  admin: framePreview,
  access: frameAccess,
  versions,
  hooks: {
    beforeOperation: [guardGlobalWrites],
    afterChange: [revalidateFrame, sayGlobalPublished],
  },
  fields: [
    { name: 'siteName', type: 'text', required: true, defaultValue: HEADER_DEFAULTS.siteName },
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
        {
          name: 'navigation',
          type: 'text',
          required: true,
          defaultValue: HEADER_DEFAULTS.labels.navigation,
        },
        { name: 'menu', type: 'text', required: true, defaultValue: HEADER_DEFAULTS.labels.menu },
      ],
    },
  ],
}

/** The bottom of every public page: groups of links and a legal line. */
export const Footer: GlobalConfig<'footer'> = {
  slug: 'footer',
  label: 'Footer',
  admin: framePreview,
  access: frameAccess,
  versions,
  hooks: {
    beforeOperation: [guardGlobalWrites],
    afterChange: [revalidateFrame, sayGlobalPublished],
  },
  fields: [
    {
      name: 'groups',
      type: 'array',
      labels: { singular: 'Link group', plural: 'Link groups' },
      maxRows: 6,
      admin: { components: { RowLabel: rowLabelFrom('heading', 'New link group') } },
      fields: [
        { name: 'heading', type: 'text', required: true, maxLength: 60 },
        links('links', 'A link to a page or guide shows only while it is published.'),
      ],
    },
    { name: 'legal', type: 'text', admin: { description: 'E.g. © 2026 jerrycan.' } },
  ],
}
