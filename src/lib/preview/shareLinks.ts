import type { Payload } from 'payload'

import { isSitePath } from '@/fields/url'

import {
  claimedDocument,
  refuse,
  refuseGone,
  verifyPreviewToken,
  type PreviewCheck,
  type SharedDocument,
} from './tokens'
import type { LinkTarget } from '@/lib/content/links'
import { relationId } from '@/lib/content/relationId'

/** The name of the cookie that carries a reviewer's share-link token while in draft mode. */
export const PREVIEW_COOKIE = 'guide_preview'

/** The release a signed-in CMS user previews (its Live Preview), while in draft mode. */
export const RELEASE_COOKIE = 'guide_preview_release'

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
 * A share-link token is good for `target` when its signature holds, it has not expired, and its
 * stored link still exists, is not revoked, has not been shortened past now, and names that
 * document. A release's link is good for any page, but only where the caller shows the release's
 * content (`release: true`): elsewhere it would open every draft.
 */
export async function checkPreviewToken(
  payload: Payload,
  token: string,
  target: LinkTarget | undefined,
  now = Date.now(),
  { release = false }: { release?: boolean } = {},
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
  const claimed = claimedDocument(verified.claims)
  // A guide or page takes its links with it when deleted (src/hooks/deleteShareLinks.ts): a
  // missing link was revoked only if what it was for is still there.
  if (!link) return (await exists(payload, claimed)) ? refuse('revoked') : refuseGone(claimed)
  if (link.revoked) return refuse('revoked')
  const stored = sharedDocument(link)
  // A deleted release leaves its links naming nothing (ON DELETE SET NULL).
  if (!stored) return refuseGone(claimed)
  if (stored.relationTo !== claimed.relationTo || stored.value !== claimed.value) {
    return refuse('tampered')
  }
  if (new Date(link.expiresAt).getTime() <= now) return refuse('expired')
  if (stored.relationTo === 'releases') return release ? verified : refuse('other-guide')
  if (target?.relationTo !== stored.relationTo || target.value !== stored.value) {
    return refuse('other-guide')
  }
  return verified
}

/** Whether the guide, page or release a genuine token names still exists, drafts included. */
async function exists(payload: Payload, { relationTo, value }: SharedDocument): Promise<boolean> {
  const { totalDocs } = await payload.count({
    collection: relationTo,
    where: { id: { equals: value } },
    overrideAccess: true,
  })
  return totalDocs > 0
}

/** The guide, page or release a stored share link is for. */
export function sharedDocument(link: {
  guide?: number | { id: number } | null
  page?: number | { id: number } | null
  release?: number | { id: number } | null
}): SharedDocument | undefined {
  if (link.release) return { relationTo: 'releases', value: relationId(link.release) }
  if (link.page) return { relationTo: 'pages', value: relationId(link.page) }
  if (link.guide) return { relationTo: 'guides', value: relationId(link.guide) }
  return undefined
}

/** The document a site path shows: '/' the home guide, '/guides/<slug>' a guide, '/<slug>' a page. */
export async function documentForPath(
  payload: Payload,
  path: string,
): Promise<LinkTarget | undefined> {
  const pathname = new URL(path, 'http://site').pathname.replace(/\/$/, '') || '/'
  if (pathname === '/') {
    // The site settings hold the home guide's id itself.
    const { homeGuide } = await payload.findGlobal({ slug: 'site', depth: 0 })
    const id = relationId(homeGuide)
    return typeof id === 'number' ? { relationTo: 'guides', value: id } : undefined
  }
  const match = /^\/(?:(guides)\/)?([^/]+)$/.exec(pathname)
  const slug = match?.[2] === undefined ? undefined : safeDecode(match[2])
  if (!slug) return undefined
  const collection = match?.[1] ? 'guides' : 'pages'
  const id = await idBySlug(payload, collection, slug)
  return id === undefined ? undefined : { relationTo: collection, value: id }
}

/** The id of the guide or page with this slug, drafts included (a preview may be of a new one). */
export async function idBySlug(
  payload: Payload,
  collection: 'guides' | 'pages',
  slug: string,
): Promise<number | undefined> {
  const { docs } = await payload.find({
    collection,
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
