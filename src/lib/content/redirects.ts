import config from '@payload-config'
import { unstable_cache } from 'next/cache'
import { getPayload, type Payload } from 'payload'

import { TAGS } from '@/lib/cache/tags'
import type { Redirect } from '@/payload-types'

import { getAddresses } from './addresses'
import { linkKey, type Addresses } from './links'
import { relationId } from './relationId'
import { buildRedirectTable, type RedirectTable, type StoredRedirect } from './redirectTable'

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

/**
 * Every redirect, resolved to one hop. Cached: a request costs no query. Expired by
 * TAGS.redirects (a redirect saved) and TAGS.links (a document moved).
 */
export const getRedirectTable = unstable_cache(
  async (): Promise<RedirectTable> => {
    const payload = await getPayload({ config })
    const [redirects, addresses] = await Promise.all([allRedirects(payload), getAddresses()])
    const live = new Set(Object.values(addresses).map((address) => address.path))
    return buildRedirectTable(redirects, addressLookup(addresses), live)
  },
  ['redirect-table'],
  { tags: [TAGS.redirects, TAGS.links] },
)
