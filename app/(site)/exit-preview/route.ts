import { cookies, draftMode } from 'next/headers'
import type { NextRequest } from 'next/server'

import { PRIVATE_HEADERS } from '@/lib/http/responses'
import { PREVIEW_COOKIE, RELEASE_COOKIE, sitePathLocation } from '@/lib/preview/shareLinks'

/** Ends draft mode and forgets the share-link token and the release, then shows the published page. */
export async function GET(request: NextRequest) {
  const path = request.nextUrl.searchParams.get('path') ?? '/'
  ;(await draftMode()).disable()
  const jar = await cookies()
  jar.delete(PREVIEW_COOKIE)
  jar.delete(RELEASE_COOKIE)
  return new Response(null, {
    status: 307,
    headers: { Location: sitePathLocation(path) ?? '/', ...PRIVATE_HEADERS },
  })
}
