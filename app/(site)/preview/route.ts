import config from '@payload-config'
import { cookies, draftMode } from 'next/headers'
import type { NextRequest } from 'next/server'
import { getPayload } from 'payload'

import { controlCharacterIn } from '@/lib/api/controlCharacters'
import { documentId } from '@/lib/api/inputShape'
import { PRIVATE_HEADERS, problemPage } from '@/lib/http/responses'
import {
  checkPreviewToken,
  documentForPath,
  PREVIEW_COOKIE,
  RELEASE_COOKIE,
  sitePathLocation,
} from '@/lib/preview/shareLinks'
import { claimedDocument, verifyPreviewToken } from '@/lib/preview/tokens'

import { DRAFT_MODE_COOKIE, previewScope, scoped } from './draftScope'

/**
 * Turns on draft mode, then redirects to `path`. A CMS user needs only their session; a reviewer
 * needs a share-link token (?token=) for the guide or page at `path`. Anything else gets 400/401/403.
 */
export async function GET(request: NextRequest) {
  const response = await answer(request)
  // This URL carries the token, and so may the reviewer's address bar afterwards (ShareAddress):
  // no request that follows from it, the redirect or a refusal page's link, names it in Referer.
  response.headers.set('Referrer-Policy', 'no-referrer')
  return response
}

async function answer(request: NextRequest): Promise<Response> {
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
  // The slug in it is looked up in the database, decoded: `/guides/%00` would be a NUL there.
  const pathProblem = path === null ? undefined : controlCharacterIn(decoded(path))
  if (pathProblem) return problemPage(400, 'Bad preview path', `The path ${pathProblem}`)
  if (token) {
    // Signature and expiry first: a made-up token reaches no database.
    const verified = verifyPreviewToken(token, payload.secret)
    if (!verified.ok) return problemPage(verified.status, 'Preview unavailable', verified.message)
    path ??= await sharedPath(payload, verified)
    // A release's link shows the release on any page (src/lib/preview/access.ts).
    const target = await documentForPath(payload, path)
    const check = await checkPreviewToken(payload, token, target, Date.now(), { release: true })
    if (!check.ok) return problemPage(check.status, 'Preview unavailable', check.message)
  } else {
    const { user } = await payload.auth({ headers: request.headers })
    if (!user) {
      return problemPage(401, 'Preview unavailable', 'Sign in to the CMS, or open a preview link.')
    }
  }
  // A CMS user previewing a release (its Live Preview): the release's content, not every draft.
  const release = token ? undefined : documentId(params.get('release'))
  const scope = previewScope(path ?? '/')
  // A signed-in user's preview is held to the page it shows (./draftScope.ts). A site-wide draft
  // cookie left from a preview of the home page goes first, in a hop of its own: Next sends one
  // Set-Cookie a name (the route's own replace its jar's), and this request carries only that
  // one (a copy held to a page's Path never reaches /preview).
  if (!token && scope !== '/' && request.cookies.has(DRAFT_MODE_COOKIE) && !params.has('again')) {
    ;(await draftMode()).disable()
    const again = new URLSearchParams(params)
    again.set('again', '1')
    return new Response(null, {
      status: 307,
      headers: { Location: `/preview?${again.toString()}`, ...PRIVATE_HEADERS },
    })
  }

  ;(await draftMode()).enable()
  const jar = await cookies()
  const cookie = { httpOnly: true, sameSite: 'lax', path: '/' } as const
  if (token) {
    jar.set(PREVIEW_COOKIE, token, cookie)
  } else {
    jar.set({ ...jar.get(DRAFT_MODE_COOKIE)!, ...scoped(scope) })
    jar.delete(PREVIEW_COOKIE)
    if (release !== undefined) {
      jar.set(RELEASE_COOKIE, String(release), { ...cookie, ...scoped(scope) })
    }
  }
  if (release === undefined) jar.delete(RELEASE_COOKIE)
  return new Response(null, {
    status: 307,
    headers: { Location: path ?? '/', ...PRIVATE_HEADERS },
  })
}

function decoded(path: string): string {
  try {
    return decodeURIComponent(path)
  } catch {
    return path
  }
}

/** Where a share link lands when it names no path: its document's own page. */
async function sharedPath(
  payload: Awaited<ReturnType<typeof getPayload>>,
  verified: ReturnType<typeof verifyPreviewToken>,
): Promise<string> {
  if (!verified.ok) return '/'
  const { relationTo, value } = claimedDocument(verified.claims)
  if (relationTo === 'releases') return '/'
  const doc = await payload
    .findByID({ collection: relationTo, id: value, depth: 0, draft: true })
    .catch(() => null)
  if (!doc) return '/'
  const slug = encodeURIComponent(doc.slug)
  return relationTo === 'guides' ? `/guides/${slug}` : `/${slug}`
}
