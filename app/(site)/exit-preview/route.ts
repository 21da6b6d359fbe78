import { cookies, draftMode } from 'next/headers'
import type { NextRequest } from 'next/server'

import { PRIVATE_HEADERS } from '@/lib/httpProblem'
import { isRelativePath, PREVIEW_COOKIE } from '@/lib/preview'

/** Ends draft mode and forgets the share-link token, then shows the published page. */
export async function GET(request: NextRequest) {
  const path = request.nextUrl.searchParams.get('path') ?? '/'
  ;(await draftMode()).disable()
  ;(await cookies()).delete(PREVIEW_COOKIE)
  return new Response(null, {
    status: 307,
    headers: { Location: isRelativePath(path) ? path : '/', ...PRIVATE_HEADERS },
  })
}
