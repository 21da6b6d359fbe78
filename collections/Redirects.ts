import type { CollectionBeforeValidateHook, Field } from 'payload'
import type { RedirectsPluginConfig } from '@payloadcms/plugin-redirects/types'

import { authenticated } from '@/access'
import { urlWhen } from '@/fields/url'
import { revalidateRedirects } from '@/hooks/revalidate'
import { FieldsInvalid } from '@/lib/api/errors'
import { findAddresses } from '@/lib/content/links'
import { loopThrough } from '@/lib/content/redirectTable'
import { addressLookup, allRedirects, storedRedirect } from '@/lib/content/redirects'
import { reservedBy } from '@/lib/http/reservedPaths'
import { safeLocation, sourcePath } from '@/lib/http/sitePaths'
import type { Redirect } from '@/payload-types'

/** The path a redirect starts from, as requests are matched against it, or why it cannot be. */
function fromPath(value: unknown): { path: string } | { error: string } {
  if (typeof value !== 'string') return { error: 'A redirect needs a path to start from.' }
  const source = sourcePath(value)
  if (!('path' in source)) return source
  const reserved = reservedBy(source.path)
  return reserved
    ? {
        error: `${source.path} is ${reserved}: a redirect from it would take it over. Choose an old address the site no longer answers.`,
      }
    : source
}

const keyOf = (from: string) => {
  const source = sourcePath(from)
  return 'path' in source ? source.path : from
}

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
  // Stored as typed but for surrounding spaces: `'  https://x'` is a URL, not a path.
  if (typeof data.to?.url === 'string') data.to = { ...data.to, url: data.to.url.trim() }
  const merged = { ...originalDoc, ...data, to: { ...originalDoc?.to, ...data.to } } as Redirect
  const checked = fromPath(merged.from)
  // The field's own check refuses it, saying why.
  if (!('path' in checked)) return data
  const from = checked.path
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
    (r) => keyOf(r.from) !== keyOf(originalDoc?.from ?? ''),
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
