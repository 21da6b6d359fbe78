import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * What a share link grants, until `exp` (seconds since the epoch): the drafts of one guide or one
 * page, or one release's content over what is published. Exactly one of `guide`, `page` and
 * `release` is set.
 */
export type PreviewClaims = {
  link: number
  guide?: number
  page?: number
  release?: number
  exp: number
}

export type SharedDocument = { relationTo: 'guides' | 'pages' | 'releases'; value: number }

/** The document a share link is for, as `{ relationTo, value }`. */
export const claimedDocument = (claims: PreviewClaims): SharedDocument => {
  if (claims.release !== undefined) return { relationTo: 'releases', value: claims.release }
  return claims.page !== undefined
    ? { relationTo: 'pages', value: claims.page }
    : { relationTo: 'guides', value: claims.guide! }
}

export type PreviewRefusal = {
  ok: false
  status: 401 | 403 | 410
  reason: 'malformed' | 'tampered' | 'expired' | 'revoked' | 'other-guide' | 'gone'
  message: string
}
export type PreviewCheck = { ok: true; claims: PreviewClaims } | PreviewRefusal

const encode = (value: string | Buffer) => Buffer.from(value).toString('base64url')

// A key of its own, so a preview token can never pass for any other signed value.
const keyFor = (secret: string) => createHmac('sha256', secret).update('preview-links/v1').digest()

const sign = (body: string, secret: string) =>
  createHmac('sha256', keyFor(secret)).update(body).digest()

export function signPreviewToken(claims: PreviewClaims, secret: string): string {
  const body = encode(JSON.stringify(claims))
  return `${body}.${encode(sign(body, secret))}`
}

export const refuse = (reason: Exclude<PreviewRefusal['reason'], 'gone'>): PreviewRefusal => {
  const messages: Record<typeof reason, [401 | 403, string]> = {
    malformed: [401, 'This preview link is not valid. Ask for a new one.'],
    tampered: [401, 'This preview link has been altered. Ask for a new one.'],
    expired: [401, 'This preview link has expired. Ask for a new one.'],
    revoked: [403, 'This preview link has been revoked.'],
    'other-guide': [403, 'This preview link is for another page.'],
  }
  const [status, message] = messages[reason]
  return { ok: false, status, reason, message }
}

const NAMES = { guides: 'guide', pages: 'page', releases: 'release' } as const

/** The link is genuine, but the document it was for has been deleted: nothing it could show exists. */
export const refuseGone = ({ relationTo }: SharedDocument): PreviewRefusal => ({
  ok: false,
  status: 410,
  reason: 'gone',
  message: `The ${NAMES[relationTo]} this preview link was for no longer exists: it has been deleted.`,
})

/**
 * Checks signature and expiry only; the stored link decides revocation (checkPreviewToken in
 * shareLinks.ts).
 */
export function verifyPreviewToken(token: string, secret: string, now = Date.now()): PreviewCheck {
  const [body, signature, extra] = token.split('.')
  if (!body || !signature || extra !== undefined) return refuse('malformed')
  const expected = sign(body, secret)
  const given = Buffer.from(signature, 'base64url')
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return refuse('tampered')
  // Node decodes leniently (padding, stray characters, unused low bits): one signature must have
  // one spelling, or an altered token would still pass.
  if (given.toString('base64url') !== signature) return refuse('tampered')
  let claims: PreviewClaims
  try {
    claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as PreviewClaims
  } catch {
    return refuse('malformed')
  }
  if (![claims.link, claims.exp].every(Number.isFinite)) return refuse('malformed')
  const claimed = [claims.guide, claims.page, claims.release].filter(Number.isFinite)
  if (claimed.length !== 1) return refuse('malformed')
  if (claims.exp * 1000 <= now) return refuse('expired')
  return { ok: true, claims }
}
