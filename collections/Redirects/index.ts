import type { Field } from 'payload'
import type { RedirectsPluginConfig } from '@payloadcms/plugin-redirects/types'

import { authenticated } from '@/access'
import { urlWhen } from '@/fields/url'
import { refuseDeletingShownDocuments } from '@/hooks/guardDeletes'
import { guardWrites } from '@/hooks/guardWrites'
import { safeLocation } from '@/lib/http/sitePaths'

import { fromPath } from './fromPath'
import { refuseShadowsAndLoops } from './hooks/refuseShadowsAndLoops'
import { revalidateDeletedRedirect } from './hooks/revalidateDeletedRedirect'
import { revalidateRedirects } from './hooks/revalidateRedirects'

const fromError = (value: unknown) => {
  const from = fromPath(value)
  return 'path' in from ? true : from.error
}

const customUrlError = urlWhen((sibling) => sibling.type === 'custom', {
  missing: 'A redirect needs a URL.',
})

/** A URL may pass as a path on this site and still leave it once a browser resolves it. */
const toUrlError: typeof customUrlError = (value, args) => {
  const shape = customUrlError(value, args)
  if (shape !== true || args.siblingData.type !== 'custom' || typeof value !== 'string')
    return shape
  return safeLocation(value) === undefined
    ? 'This path leaves the site once a browser resolves its “..”, “.” or slashes: write the address it should reach, like /guides/….'
    : true
}

/** Options for @payloadcms/plugin-redirects: 301 and 302, to a guide, a page or a URL. */
export const redirectsOptions: RedirectsPluginConfig = {
  collections: ['guides', 'pages'],
  redirectTypes: ['301', '302'],
  redirectTypeFieldOverride: { defaultValue: '301' },
  overrides: {
    labels: { singular: 'Redirect', plural: 'Redirects' },
    admin: {
      useAsTitle: 'from',
      defaultColumns: ['from', 'to.type', 'type', 'updatedAt'],
      description:
        'Old addresses that lead readers on. Renaming a published guide or page adds one by itself.',
    },
    // The site reads them through the Local API; readers only ever see the redirect itself.
    access: {
      read: authenticated,
      create: authenticated,
      update: authenticated,
      delete: authenticated,
    },
    // The plugin takes these as the collection's hooks, whole.
    hooks: {
      beforeOperation: [guardWrites],
      beforeValidate: [refuseShadowsAndLoops],
      afterChange: [revalidateRedirects],
      beforeDelete: [refuseDeletingShownDocuments],
      afterDelete: [revalidateDeletedRedirect],
    },
    fields: ({ defaultFields }) => defaultFields.map(checked),
  },
}

/** The plugin's fields, with this site's URL rules. */
function checked(field: Field): Field {
  if (!('name' in field)) return field
  if (field.name === 'from') {
    return {
      ...field,
      validate: fromError,
      admin: {
        description:
          'An old path on this site, e.g. /old-guide: not one the site answers itself (/preview, /guides, /sitemap.xml, …).',
      },
    } as Field
  }
  if (field.name === 'to' && field.type === 'group') {
    return {
      ...field,
      fields: field.fields.map((sub) =>
        'name' in sub && sub.name === 'url'
          ? ({
              ...sub,
              validate: toUrlError,
              custom: { url: true },
            } as Field)
          : sub,
      ),
    }
  }
  return field
}
