import type { Access, PayloadRequest } from 'payload'

import { relationId } from '@/lib/content/relationId'

/** Per request: an access check runs for each read of media (a list, a file, each population). */
const shownByRequest = new WeakMap<PayloadRequest, Promise<number[]>>()

const idOf = (value: unknown): number[] => {
  const id = relationId(value)
  return typeof id === 'number' ? [id] : []
}

/**
 * The media published content shows: the social images of published pages, the site icon and the
 * published header's logo. Read as a reader reads them (their own access, no drafts), at depth 0
 * so no media is populated, and no media access runs, inside this one.
 */
async function readShownMedia(req: PayloadRequest): Promise<number[]> {
  const { payload } = req
  const reader = { req, overrideAccess: false, depth: 0, draft: false } as const
  const [pages, site, header] = await Promise.all([
    payload.find({
      ...reader,
      collection: 'pages',
      where: { 'meta.image': { exists: true } },
      pagination: false,
      select: { meta: { image: true } },
    }),
    payload.findGlobal({ ...reader, slug: 'site', select: { icon: true } }),
    payload.findGlobal({ ...reader, slug: 'header', select: { logo: true } }),
  ])
  return [
    ...pages.docs.flatMap((page) => idOf(page.meta?.image)),
    ...idOf(site.icon),
    ...idOf(header.logo),
  ]
}

/**
 * Uploads follow the rule documents do: readers see what is published, here the media published
 * content uses (its files included: Payload serves a file only to whom may read its document);
 * signed-in users see every upload, those only drafts use included.
 */
export const mediaShownOrAuthenticated: Access = async ({ req }) => {
  if (req.user) return true
  let shown = shownByRequest.get(req)
  if (!shown) {
    shown = readShownMedia(req)
    shownByRequest.set(req, shown)
  }
  return { id: { in: [...new Set(await shown)] } }
}
