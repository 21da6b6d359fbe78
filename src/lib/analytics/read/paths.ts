import type { Payload } from 'payload'

import { relationId } from '@/lib/content/relationId'
import { guidePath, pagePath } from '@/lib/content/urls'
import type { User } from '@/payload-types'

/**
 * The path readers reach a published guide or page at, the one its counts are filed under;
 * null while it is not published (nobody can read it, so nothing is counted). Counts follow the
 * path: a renamed document starts again from zero at its new address.
 */
export async function livePathOf(
  payload: Payload,
  user: User,
  collection: 'guides' | 'pages',
  id: number,
): Promise<string | null> {
  const [{ docs }, site] = await Promise.all([
    payload.find({
      collection,
      user,
      overrideAccess: false,
      draft: false,
      where: { id: { equals: id }, _status: { equals: 'published' } },
      select: { slug: true },
      depth: 0,
      limit: 1,
    }),
    payload.findGlobal({ slug: 'site', depth: 0, select: { homeGuide: true } }),
  ])
  const slug = docs[0]?.slug
  if (!slug) return null
  if (collection === 'pages') return pagePath(slug)
  return relationId(site.homeGuide) === id ? '/' : guidePath(slug, null)
}
