import { NextResponse, type NextRequest } from 'next/server'

import { BODY_LIMITS, tooLarge } from '@/lib/api/requestGuard'
import { databaseIsUp, databaseUnavailable } from '@/lib/database/gate'
import { env } from '@/lib/env'
import { redirectFor, REDIRECT_TABLE_PATH } from '@/lib/http/redirects'
import { PRIVATE_HEADERS } from '@/lib/http/responses'

// Next's draft-mode cookie. A request that carries it may be served drafts: no shared cache may
// keep the response, and no search engine may index it.
const DRAFT_MODE_COOKIE = '__prerender_bypass'

const CMS_PATH = /^\/(admin|api)(\/|$)/
const HEALTH_PATH = '/api/health'

/** A path whose percent-escapes do not decode (`/%ff`): no route can read it. */
function malformedPath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname)
    return false
  } catch {
    return true
  }
}

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  // Next would fail on it with a 500 while decoding the route's params.
  if (malformedPath(pathname)) {
    return new NextResponse('Bad request: the path has a malformed percent-escape.', {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    })
  }
  // The admin and the API need the database: without it they say so (503) instead of failing
  // one query at a time. Public pages go on being served from the cache.
  if (CMS_PATH.test(pathname)) {
    if (pathname === HEALTH_PATH) return NextResponse.next()
    // Refused before Next buffers it; a body without a length is counted in the route (guardRest).
    if (Number(request.headers.get('content-length')) > BODY_LIMITS.multipartBytes) {
      return tooLarge(BODY_LIMITS.multipartBytes)
    }
    const up = await databaseIsUp(`http://127.0.0.1:${env.PORT}${HEALTH_PATH}`)
    return up ? NextResponse.next() : databaseUnavailable(pathname)
  }

  if ((request.method === 'GET' || request.method === 'HEAD') && pathname !== REDIRECT_TABLE_PATH) {
    const redirect = await redirectFor(
      `http://127.0.0.1:${env.PORT}`,
      pathname,
      request.nextUrl.search,
    )
    if (redirect) {
      // Next wants an absolute Location: the public origin (behind a proxy, not this server's).
      const location = new URL(redirect.location, env.SITE_URL)
      return NextResponse.redirect(location, redirect.status)
    }
  }

  const response = NextResponse.next()
  if (request.cookies.has(DRAFT_MODE_COOKIE)) {
    for (const [name, value] of Object.entries(PRIVATE_HEADERS)) response.headers.set(name, value)
  }
  return response
}

export const config = { matcher: ['/((?!_next/|favicon.ico|apple-touch-icon.png).*)'] }
