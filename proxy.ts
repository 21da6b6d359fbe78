import { NextResponse, type NextRequest } from 'next/server'

import { PRIVATE_HEADERS } from '@/lib/httpProblem'

// Next's draft-mode cookie. A request that carries it may be served drafts: no shared cache may
// keep the response, and no search engine may index it.
const DRAFT_MODE_COOKIE = '__prerender_bypass'

export function proxy(request: NextRequest) {
  const response = NextResponse.next()
  if (request.cookies.has(DRAFT_MODE_COOKIE)) {
    for (const [name, value] of Object.entries(PRIVATE_HEADERS)) response.headers.set(name, value)
  }
  return response
}

export const config = { matcher: ['/((?!admin|api|_next/|favicon.ico).*)'] }
