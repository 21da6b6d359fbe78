import type { Payload, PayloadRequest } from 'payload'

import { LINKABLE } from '@/fields/link'

import { linkKey, type Addresses } from './links'
import { relationId } from './relationId'
import { guidePath, pagePath } from './urls'

/**
 * Where every published guide and page lives now, read from the database (inside `req`'s
 * transaction if given).
 */
export async function findAddresses(payload: Payload, req?: PayloadRequest): Promise<Addresses> {
  const site = await payload.findGlobal({ slug: 'site', depth: 0, overrideAccess: true, req })
  const addresses: Addresses = {}
  for (const collection of LINKABLE) {
    const { docs } = await payload.find({
      collection,
      where: { _status: { equals: 'published' } },
      draft: false,
      overrideAccess: true,
      pagination: false,
      depth: 0,
      select: { slug: true, title: true },
      req,
    })
    // The home guide is one of these: it lives at / (guidePath), every other at /guides/<slug>.
    const home = docs.find(
      (doc) => collection === 'guides' && doc.id === relationId(site.homeGuide),
    )
    for (const doc of docs) {
      const path =
        collection === 'guides' ? guidePath(doc.slug, home?.slug ?? null) : pagePath(doc.slug)
      addresses[linkKey(collection, doc.id)] = { path, title: doc.title, slug: doc.slug }
    }
  }
  return addresses
}
