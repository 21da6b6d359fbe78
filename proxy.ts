import { NextResponse, type NextRequest } from 'next/server'

import { controlCharacterIn } from '@/lib/api/controlCharacters'
import type { FieldProblem } from '@/lib/api/inputShape'
import { searchParamsProblem } from '@/lib/api/queryGuard'
import { BODY_LIMITS, tooLarge } from '@/lib/api/requestGuard'
import { databaseIsUp, databaseUnavailable } from '@/lib/database/gate'
import { env } from '@/lib/env'
import {
  hasTwin,
  MARKDOWN_DRAFT_ROUTE,
  MARKDOWN_ROUTE,
  MARKDOWN_WEIGHTED_ROUTE,
  pageOfTwin,
  prefersMarkdown,
  twinOf,
} from '@/lib/http/markdownTwin'
import { redirectFor, REDIRECT_TABLE_PATH } from '@/lib/http/redirects'
import { contentTypeAhead, readerRoute } from '@/lib/http/reader'
import { PRIVATE_HEADERS } from '@/lib/http/responses'
import { readerSecurityHeaders } from '@/lib/http/securityHeaders'
import { CHANGES_FEED, LLMS_FILES } from '@/lib/http/siteRoutes'
import { weightedRoute } from '@/lib/http/weighted'

// Next's draft-mode cookie. A request that carries it may be served drafts: no shared cache may
// keep the response, and no search engine may index it.
const DRAFT_MODE_COOKIE = '__prerender_bypass'

const CMS_PATH = /^\/(admin|api)(\/|$)/
// The twin routes answer only through the rewrite below, never at their own address.
const TWIN_ROUTE_PATH = /^\/markdown(-draft|-weighted)?(\/|$)/
const FEED_ROUTE_PATH = /^\/changes-feed(\/|$)/
const WEIGHTED_ROUTE_PATH = /^\/weighted(\/|$)/
const READER_ROUTE_PATH = /^\/reader(\/|$)/
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

/**
 * Text a page's route would carry to the database, decoded: a control character in the path
 * (`/guides/%00` is a NUL slug) or the query (src/lib/api/controlCharacters.ts). The admin's list
 * views also read Payload's query parameters (where, page, limit), checked as the API checks them.
 * The API's own routes check all of it themselves (src/lib/api/requestGuard.ts).
 */
function urlProblem({ pathname, searchParams }: URL): FieldProblem | undefined {
  if (/^\/api(\/|$)/.test(pathname)) return undefined
  const inPath = controlCharacterIn(decodeURIComponent(pathname))
  if (inPath) return { path: 'path', message: inPath }
  if (/^\/admin(\/|$)/.test(pathname)) return searchParamsProblem(searchParams)
  for (const [key, value] of searchParams) {
    const problem = controlCharacterIn(key) ?? controlCharacterIn(value)
    if (problem) return { path: key, message: problem }
  }
  return undefined
}

const badRequest = (message: string) =>
  new NextResponse(`Bad request: ${message}`, {
    status: 400,
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  })

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  // Next would fail on it with a 500 while decoding the route's params.
  if (malformedPath(pathname)) return badRequest('the path has a malformed percent-escape.')
  const problem = urlProblem(request.nextUrl)
  if (problem) return badRequest(`${problem.path}: ${problem.message}`)
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

  const read = request.method === 'GET' || request.method === 'HEAD'
  if (
    TWIN_ROUTE_PATH.test(pathname) ||
    FEED_ROUTE_PATH.test(pathname) ||
    WEIGHTED_ROUTE_PATH.test(pathname) ||
    READER_ROUTE_PATH.test(pathname)
  ) {
    return new NextResponse('Not found.', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    })
  }
  const feed = read ? CHANGES_FEED.exec(pathname) : null
  if (feed) {
    const target = request.nextUrl.clone()
    target.pathname = `/changes-feed/${feed[1]}`
    target.search = ''
    return NextResponse.rewrite(target)
  }
  // The Markdown twin of a page: at `<path>.md`, or at the page's own URL for a client that asks
  // for text/markdown.
  const twinPage = read
    ? (pageOfTwin(pathname) ??
      (LLMS_FILES.has(pathname) ? pathname : undefined) ??
      (hasTwin(pathname) && prefersMarkdown(request.headers.get('accept')) ? pathname : undefined))
    : undefined

  if (read && pathname !== REDIRECT_TABLE_PATH) {
    const asked = twinPage ?? pathname
    const redirect = await redirectFor(
      `http://127.0.0.1:${env.PORT}`,
      asked,
      request.nextUrl.search,
    )
    if (redirect) {
      // A `.md` URL moves to the new page's `.md`. Next wants an absolute Location: the public
      // origin (behind a proxy, not this server's).
      const moved = twinPage && pathname !== asked ? twinOf(redirect.location) : redirect.location
      return varyByAccept(NextResponse.redirect(new URL(moved, env.SITE_URL), redirect.status))
    }
  }

  const draft = request.cookies.has(DRAFT_MODE_COOKIE)
  // A guide under the reader's own `?w=` weights: its own route, rendered per request and never
  // stored (PRIVATE_HEADERS), so the guide's URL without `w` stays one cached page for everyone.
  // Previews (draft mode) show the draft under our weights: the weighted route reads published.
  const weighted =
    read && !draft && !twinPage ? weightedRoute(pathname, request.nextUrl.searchParams) : null
  let response: NextResponse
  if (weighted) {
    const target = request.nextUrl.clone()
    target.pathname = weighted
    response = varyByAccept(NextResponse.rewrite(target))
    for (const [name, value] of Object.entries(PRIVATE_HEADERS)) response.headers.set(name, value)
    for (const { key, value } of readerSecurityHeaders()) response.headers.set(key, value)
  } else if (twinPage) {
    // Drafts only for a share-link token or draft mode, on a route that is never cached; the
    // published twin is static and keyed by path alone.
    // A published twin under a reader's `?w=` has its own route, never stored, like the page's.
    const preview = draft || request.nextUrl.searchParams.has('token')
    const ownWeights = !preview && request.nextUrl.searchParams.has('w')
    const route = preview
      ? MARKDOWN_DRAFT_ROUTE
      : ownWeights
        ? MARKDOWN_WEIGHTED_ROUTE
        : MARKDOWN_ROUTE
    const target = request.nextUrl.clone()
    target.pathname = `${route}${twinPage === '/' ? '' : twinPage}`
    if (!preview && !ownWeights) target.search = ''
    response = varyByAccept(NextResponse.rewrite(target))
    if (ownWeights) {
      for (const [name, value] of Object.entries(PRIVATE_HEADERS)) response.headers.set(name, value)
    }
  } else {
    // A reader's page: the same view as the App Router's, written with no framework script by
    // the reader route, one cached copy per path. A preview (draft mode, a share-link token)
    // stays on the App Router's pages, with Next's runtime for Live Preview.
    const reader =
      read && !draft && !request.nextUrl.searchParams.has('token') ? readerRoute(pathname) : null
    if (reader) {
      const target = request.nextUrl.clone()
      target.pathname = reader
      target.search = ''
      response = varyByAccept(NextResponse.rewrite(target))
      // Its scripts are files of our own: no inline script may run (next.config.ts's CSP allows
      // them for Next's bootstrap, which a reader's page does not have).
      for (const { key, value } of readerSecurityHeaders()) response.headers.set(key, value)
    } else {
      response = NextResponse.next()
    }
    // So that the route's answer is compressed (src/lib/http/reader.ts).
    const type = read ? contentTypeAhead(pathname, reader !== null) : undefined
    if (type) response.headers.set('Content-Type', type)
  }
  if (draft) {
    for (const [name, value] of Object.entries(PRIVATE_HEADERS)) response.headers.set(name, value)
  }
  return response
}

/** A page and its twin share a URL: caches must key them by Accept. */
function varyByAccept(response: NextResponse): NextResponse {
  response.headers.append('Vary', 'Accept')
  return response
}

export const config = { matcher: ['/((?!_next/|favicon.ico|apple-touch-icon.png).*)'] }
