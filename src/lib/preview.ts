import type { Payload } from 'payload'

import { refuse, verifyPreviewToken, type PreviewCheck } from './previewTokens'
import { relationId } from './relationId'

/** The name of the cookie that carries a reviewer's share-link token while in draft mode. */
export const PREVIEW_COOKIE = 'guide_preview'

/**
 * Only same-site relative paths: the preview route must not become an open redirect. Browsers drop
 * tabs and newlines from URLs ("/\t/evil" becomes "//evil"), so any control character or space is
 * refused, and the path must still resolve to this origin.
 */
export function isRelativePath(path: string): boolean {
  if (!path.startsWith('/') || path.startsWith('//') || path.includes('\\')) return false
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f]/.test(path)) return false
  return new URL(path, 'http://site.invalid').origin === 'http://site.invalid'
}

/**
 * A share-link token is good for `guideId` when its signature holds, it has not expired, and its
 * stored link still exists, is not revoked, has not been shortened past now, and names that guide.
 */
export async function checkPreviewToken(
  payload: Payload,
  token: string,
  guideId: number | undefined,
  now = Date.now(),
): Promise<PreviewCheck> {
  const verified = verifyPreviewToken(token, payload.secret, now)
  if (!verified.ok) return verified
  const link = await payload
    .findByID({
      collection: 'preview-links',
      id: verified.claims.link,
      depth: 0,
      disableErrors: true,
    })
    .catch(() => null)
  if (!link || link.revoked) return refuse('revoked')
  const linkGuide = relationId(link.guide)
  if (linkGuide !== verified.claims.guide) return refuse('tampered')
  if (new Date(link.expiresAt).getTime() <= now) return refuse('expired')
  if (guideId !== linkGuide) return refuse('other-guide')
  return verified
}

/** The guide a site path shows: '/' is the home guide, '/guides/<slug>' that guide. */
export async function guideIdForPath(payload: Payload, path: string): Promise<number | undefined> {
  const pathname = new URL(path, 'http://site').pathname.replace(/\/$/, '') || '/'
  if (pathname === '/') {
    // The site settings hold the home guide's id itself.
    const { homeGuide } = await payload.findGlobal({ slug: 'site', depth: 0 })
    return relationId(homeGuide) ?? undefined
  }
  const slug = /^\/guides\/([^/]+)$/.exec(pathname)?.[1]
  return slug ? guideIdBySlug(payload, decodeURIComponent(slug)) : undefined
}

/** The id of the guide with this slug, drafts included (a preview may be of an unpublished guide). */
export async function guideIdBySlug(payload: Payload, slug: string): Promise<number | undefined> {
  const { docs } = await payload.find({
    collection: 'guides',
    where: { slug: { equals: slug } },
    draft: true,
    depth: 0,
    limit: 1,
    select: { slug: true },
  })
  return docs[0]?.id
}
