import type { CollectionBeforeValidateHook } from 'payload'

import { FieldsInvalid } from '@/lib/api/errors'
import { findAddresses } from '@/lib/content/findAddresses'
import { loopThrough } from '@/lib/content/redirectTable'
import { addressLookup, allRedirects, storedRedirect } from '@/lib/content/storedRedirects'
import type { Redirect } from '@/payload-types'

import { fromPath, keyOf } from '../fromPath'

/**
 * A redirect may not shadow a live document (it would never be seen), nor close a loop (readers
 * would bounce forever): both are refused with the path at fault.
 */
export const refuseShadowsAndLoops: CollectionBeforeValidateHook<Redirect> = async ({
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
