import { unstable_cache } from 'next/cache'

import { TAGS } from '@/lib/cache/tags'

import { getAddresses } from './addresses'
import { buildRedirectTable, type RedirectTable } from './redirectTable'
import { addressLookup, allRedirects } from './storedRedirects'
import { payloadClient } from '@/lib/payload'

/**
 * Every redirect, resolved to one hop. Cached: a request costs no query. Expired by
 * TAGS.redirects (a redirect saved) and TAGS.links (a document moved).
 */
export const getRedirectTable = unstable_cache(
  async (): Promise<RedirectTable> => {
    const payload = await payloadClient()
    const [redirects, addresses] = await Promise.all([allRedirects(payload), getAddresses()])
    const live = new Set(Object.values(addresses).map((address) => address.path))
    return buildRedirectTable(redirects, addressLookup(addresses), live)
  },
  ['redirect-table'],
  { tags: [TAGS.redirects, TAGS.links] },
)
