import { cookies, draftMode } from 'next/headers'
import type { NextRequest } from 'next/server'

import { PRIVATE_HEADERS } from '@/lib/http/responses'
import { PREVIEW_COOKIE, sitePathLocation } from '@/lib/preview/shareLinks'

/** Ends draft mode and forgets the share-link token, then shows the published page. */
export async function GET(request: NextRequest) {
  const path = request.nextUrl.searchParams.get('path') ?? '/'
  ;(await draftMode()).disable()
  ;(await cookies()).delete(PREVIEW_COOKIE)
  return new Response(null, {
    status: 307,
    headers: { Location: sitePathLocation(path) ?? '/', ...PRIVATE_HEADERS },
  })
}
