import type { Payload } from 'payload'

import { isSitePath } from '@/fields/url'

import { refuse, verifyPreviewToken, type PreviewCheck } from './tokens'
import { relationId } from '@/lib/content/relationId'

/** The name of the cookie that carries a reviewer's share-link token while in draft mode. */
export const PREVIEW_COOKIE = 'guide_preview'

/**
 * Only paths on this site: the preview routes must not become an open redirect (isSitePath), and
 * the path must still resolve to this origin.
 */
export function isRelativePath(path: string): boolean {
  return isSitePath(path) && new URL(path, 'http://site.invalid').origin === 'http://site.invalid'
}

/**
 * The `Location` for a site path, percent-encoded: a header holds ASCII only, so `/grüße` would
 * otherwise fail the response. Undefined for anything that is not a path on this site.
 */
export function sitePathLocation(path: string): string | undefined {
  if (!isRelativePath(path)) return undefined
  const url = new URL(path, 'http://site.invalid')
  const location = `${url.pathname}${url.search}${url.hash}`
  // Resolving dot-segments can make a host of a path: `/.//evil.example` becomes `//evil.example`.
  return isSitePath(location) ? location : undefined
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
  const decoded = slug === undefined ? undefined : safeDecode(slug)
  return decoded ? guideIdBySlug(payload, decoded) : undefined
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

/** decodeURIComponent that answers undefined for a malformed escape instead of throwing. */
function safeDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text)
  } catch {
    return undefined
  }
}
