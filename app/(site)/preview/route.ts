import config from '@payload-config'
import { cookies, draftMode } from 'next/headers'
import type { NextRequest } from 'next/server'
import { getPayload } from 'payload'

import { PRIVATE_HEADERS, problemPage } from '@/lib/http/responses'
import {
  checkPreviewToken,
  guideIdForPath,
  PREVIEW_COOKIE,
  sitePathLocation,
} from '@/lib/preview/shareLinks'
import { verifyPreviewToken } from '@/lib/preview/tokens'

/**
 * Turns on draft mode, then redirects to `path`. A CMS user needs only their session; a reviewer
 * needs a share-link token (?token=) for the guide at `path`. Anything else gets 400/401/403.
 */
export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams
  const token = params.get('token')
  const payload = await getPayload({ config })
  const asked = params.get('path')
  let path = asked === null ? null : sitePathLocation(asked)

  if (path === undefined) {
    return problemPage(
      400,
      'Bad preview path',
      'The path must be a page on this site, like /guides/…',
    )
  }
  if (token) {
    path ??= await guidePath(payload, verifyPreviewToken(token, payload.secret))
    const check = await checkPreviewToken(payload, token, await guideIdForPath(payload, path))
    if (!check.ok) return problemPage(check.status, 'Preview unavailable', check.message)
  } else {
    const { user } = await payload.auth({ headers: request.headers })
    if (!user) {
      return problemPage(401, 'Preview unavailable', 'Sign in to the CMS, or open a preview link.')
    }
  }

  ;(await draftMode()).enable()
  const jar = await cookies()
  if (token) {
    jar.set(PREVIEW_COOKIE, token, { httpOnly: true, sameSite: 'lax', path: '/' })
  } else {
    jar.delete(PREVIEW_COOKIE)
  }
  return new Response(null, {
    status: 307,
    headers: { Location: path ?? '/', ...PRIVATE_HEADERS },
  })
}

/** Where a share link lands when it names no path: its guide's own page. */
async function guidePath(
  payload: Awaited<ReturnType<typeof getPayload>>,
  verified: ReturnType<typeof verifyPreviewToken>,
): Promise<string> {
  if (!verified.ok) return '/'
  const guide = await payload
    .findByID({ collection: 'guides', id: verified.claims.guide, depth: 0, draft: true })
    .catch(() => null)
  return guide ? `/guides/${encodeURIComponent(guide.slug)}` : '/'
}
