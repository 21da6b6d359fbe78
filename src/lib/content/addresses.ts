import { unstable_cache } from 'next/cache'
import { cache } from 'react'

import { TAGS } from '@/lib/cache/tags'

import { findAddresses } from './findAddresses'
import { payloadClient } from '@/lib/payload'

/**
 * Where every published guide and page lives now (./findAddresses.ts), from Next's data cache.
 * Links, navigation and embedded rankings read it, so they follow renames and appear or fall back to plain text as documents are published. Expired by
 * TAGS.links, which changes only when a document is published, unpublished, renamed or deleted,
 * or the home guide changes: editing a published document leaves it cached.
 */
export const getAddresses = cache(
  unstable_cache(async () => findAddresses(await payloadClient()), ['published-addresses'], {
    tags: [TAGS.links],
  }),
)
