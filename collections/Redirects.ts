import type { CollectionBeforeValidateHook, Field } from 'payload'
import type { RedirectsPluginConfig } from '@payloadcms/plugin-redirects/types'

import { authenticated } from '@/access'
import { isSitePath, urlWhen } from '@/fields/url'
import { revalidateRedirects } from '@/hooks/revalidate'
import { FieldsInvalid } from '@/lib/api/errors'
import { findAddresses } from '@/lib/content/links'
import { loopThrough, normalizePath } from '@/lib/content/redirectTable'
import { addressLookup, allRedirects, storedRedirect } from '@/lib/content/redirects'
import type { Redirect } from '@/payload-types'

const fromError = (value: unknown) =>
  typeof value === 'string' && isSitePath(value.trim())
    ? true
    : 'Use a path on this site: one / then the address, like /old-guide.'

/**
 * A redirect may not shadow a live document (it would never be seen), nor close a loop (readers
 * would bounce forever): both are refused with the path at fault.
 */
const refuseShadowsAndLoops: CollectionBeforeValidateHook<Redirect> = async ({
  data,
  originalDoc,
  req,
}) => {
  if (!data) return data
  const merged = { ...originalDoc, ...data, to: { ...originalDoc?.to, ...data.to } } as Redirect
  if (typeof merged.from !== 'string' || fromError(merged.from) !== true) return data
  const from = normalizePath(merged.from.trim())
  data.from = from
  const addresses = await findAddresses(req.payload, req)
  const live = Object.values(addresses).find((address) => address.path === from)
  if (live) {
    throw new FieldsInvalid('redirects', [
      {
        path: 'from',
        message: `${from} is the address of “${live.title}”, which is published: a redirect from it would hide it. Rename or unpublish it first.`,
      },
    ])
  }
  // The others, without this redirect as it was stored.
  const others = (await allRedirects(req.payload, req)).filter(
    (r) => normalizePath(r.from) !== normalizePath(originalDoc?.from ?? ''),
  )
  const loop = loopThrough(others, storedRedirect({ ...merged, from }), addressLookup(addresses))
  if (loop) {
    throw new FieldsInvalid('redirects', [
      {
        path: 'to',
        message: `This redirect would loop: ${loop.join(' → ')}. Point it at the final address instead.`,
      },
    ])
  }
  return data
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
    hooks: { beforeValidate: [refuseShadowsAndLoops], ...revalidateRedirects },
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
      admin: { description: 'A path on this site, e.g. /old-guide.' },
    } as Field
  }
  if (field.name === 'to' && field.type === 'group') {
    return {
      ...field,
      fields: field.fields.map((sub) =>
        'name' in sub && sub.name === 'url'
          ? ({
              ...sub,
              validate: urlWhen((sibling) => sibling.type === 'custom', {
                missing: 'A redirect needs a URL.',
              }),
              custom: { url: true },
            } as Field)
          : sub,
      ),
    }
  }
  return field
}
