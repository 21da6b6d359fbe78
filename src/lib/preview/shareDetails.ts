import type { Payload } from 'payload'

import { checkPreviewToken } from './shareLinks'
import { claimedDocument, verifyPreviewToken, type PreviewClaims } from './tokens'

/** What a reviewer is told about the link they hold: who made it, until when, for what. */
export type ShareDetails = {
  sharedBy: string | null
  expiresAt: string
  note: string | null
  /** The share link again, for the address bar: what a reviewer copies from it keeps working. */
  address: string
}

/**
 * The share link's own address (`/preview?token=…`), relative to the site. A release's link shows
 * any page, so it keeps the page the reviewer is on; a guide's or page's link leads to its document
 * (a path it does not cover, like /guides, would be refused as "for another page").
 */
export function shareAddress(token: string, claims: PreviewClaims, path?: string): string {
  const query = new URLSearchParams({ token })
  if (claims.release !== undefined && path) query.set('path', path)
  return `/preview?${query.toString()}`
}

/**
 * The details of a share-link token that is still good for what it was made for; undefined for
 * any token that is not (expired, revoked, altered, its document deleted).
 */
export async function shareLinkDetails(
  payload: Payload,
  token: string,
  path?: string,
  now = Date.now(),
): Promise<ShareDetails | undefined> {
  const verified = verifyPreviewToken(token, payload.secret, now)
  if (!verified.ok) return undefined
  const { relationTo, value } = claimedDocument(verified.claims)
  const target = relationTo === 'releases' ? undefined : { relationTo, value }
  const check = await checkPreviewToken(payload, token, target, now, { release: true })
  if (!check.ok) return undefined
  const link = await payload.findByID({
    collection: 'preview-links',
    id: verified.claims.link,
    depth: 1,
    select: { note: true, expiresAt: true, createdBy: true },
    populate: { users: { email: true } },
    disableErrors: true,
  })
  if (!link) return undefined
  const creator = link.createdBy
  return {
    sharedBy: typeof creator === 'object' && creator ? creator.email : null,
    expiresAt: link.expiresAt,
    note: link.note ?? null,
    address: shareAddress(token, verified.claims, path),
  }
}
