import type { Payload } from 'payload'

import type { Redirect } from '@/payload-types'

import { linkKey, type Addresses } from './links'
import { relationId } from './relationId'
import type { StoredRedirect } from './redirectTable'

// Reads through the Payload it is given: the redirects' own hooks use it inside their save.

/** A stored redirect in the shape the table builder reads. */
export function storedRedirect(doc: Pick<Redirect, 'from' | 'to' | 'type'>): StoredRedirect {
  const reference = doc.to?.reference
  const to =
    doc.to?.type === 'custom' || !reference
      ? { url: doc.to?.url ?? '' }
      : { key: linkKey(reference.relationTo, relationId(reference.value)) }
  return { from: doc.from, to, status: doc.type === '302' ? 302 : 301 }
}

export async function allRedirects(payload: Payload, req?: Parameters<Payload['find']>[0]['req']) {
  const { docs } = await payload.find({
    collection: 'redirects',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs.map(storedRedirect)
}

export const addressLookup = (addresses: Addresses) => (key: string) => addresses[key]?.path
