import type { PayloadRequest } from 'payload'

import { EDITORIAL_COLLECTIONS } from '@/lib/content/editorial'
import { findAddresses } from '@/lib/content/findAddresses'
import { linkKey, type Addresses, type LinkTarget } from '@/lib/content/links'

import type { DocRef } from './types'

// The reads every check run shares, once per run however many documents it checks (the cockpit
// checks every live one). Inside `req`'s transaction: a publish guard sees what the save sees.
// The checks are an editor's tool: documents are read whatever the user's access.

const common = (req: PayloadRequest) =>
  ({ req, overrideAccess: true, depth: 0, pagination: false }) as const

export type SharedReads = {
  req: PayloadRequest
  /** Where each published guide and page lives. */
  addresses: () => Promise<Addresses>
  /** Every guide's and page's newest title (drafts included). */
  titles: () => Promise<DocRef[]>
  /** The header's and footer's published links. */
  frameLinks: () => Promise<unknown[]>
  /** Published documents linking by reference to `target`. */
  linkedFrom: (target: LinkTarget) => Promise<DocRef[]>
}

const once = <T>(read: () => Promise<T>) => {
  let value: Promise<T> | undefined
  return () => (value ??= read())
}

export function sharedReads(req: PayloadRequest): SharedReads {
  const { payload } = req
  return {
    req,
    addresses: once(() => findAddresses(payload, req)),
    titles: once(async () => {
      const lists = await Promise.all(
        (['guides', 'pages'] as const).map(async (collection) => {
          const { docs } = await payload.find({
            collection,
            ...common(req),
            draft: true,
            select: { title: true },
          })
          return docs.map((doc) => ({ collection, id: doc.id, title: doc.title ?? '' }))
        }),
      )
      return lists.flat()
    }),
    frameLinks: once(async () => {
      const read = { ...common(req), draft: false } as const
      const [header, footer] = await Promise.all([
        payload.findGlobal({ slug: 'header', ...read }),
        payload.findGlobal({ slug: 'footer', ...read }),
      ])
      // The main row of a global never published holds its draft: readers see none of it.
      const live = (global: { _status?: string | null }) => global._status === 'published'
      return [
        ...(live(header) ? (header.navigation ?? []) : []),
        ...(live(footer) ? (footer.groups ?? []).flatMap((group) => group.links ?? []) : []),
      ]
    }),
    linkedFrom: async (target) => {
      const lists = await Promise.all(
        EDITORIAL_COLLECTIONS.map(async (collection) => {
          const { docs } = await payload.find({
            collection,
            ...common(req),
            draft: false,
            where: {
              linksTo: { equals: target },
              _status: { equals: 'published' },
            },
          })
          const field = payload.collections[collection].config.admin?.useAsTitle ?? 'id'
          return (docs as unknown as Record<string, unknown>[])
            .filter(
              (doc) =>
                linkKey(collection, doc.id as number) !== linkKey(target.relationTo, target.value),
            )
            .map((doc) => ({
              collection,
              id: doc.id as number,
              title: String(doc[field] ?? doc.id),
            }))
        }),
      )
      return lists.flat()
    },
  }
}
