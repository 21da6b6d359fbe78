import { cookies, draftMode } from 'next/headers'
import type { NextRequest } from 'next/server'

import { PRIVATE_HEADERS } from '@/lib/http/responses'
import { PREVIEW_COOKIE, RELEASE_COOKIE, sitePathLocation } from '@/lib/preview/shareLinks'

import { DRAFT_MODE_COOKIE, previewScope } from '../preview/draftScope'

/**
 * Ends draft mode and forgets the share-link token and the release, then shows the published page.
 * A signed-in user's preview is held to its page's Path (../preview/draftScope.ts): that copy goes
 * too. Next sends one Set-Cookie a name, so a site-wide copy this request carries (a copy held to
 * a page never reaches /exit-preview) goes first, in a hop of its own.
 */
export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams
  const location = sitePathLocation(params.get('path') ?? '/') ?? '/'
  const scope = previewScope(location)
  const hop = scope !== '/' && request.cookies.has(DRAFT_MODE_COOKIE) && !params.has('again')
  ;(await draftMode()).disable()
  const jar = await cookies()
  jar.delete(PREVIEW_COOKIE)
  jar.delete(RELEASE_COOKIE)
  if (hop) {
    const again = `/exit-preview?path=${encodeURIComponent(location)}&again=1`
    return new Response(null, { status: 307, headers: { Location: again, ...PRIVATE_HEADERS } })
  }
  if (scope !== '/') {
    jar.set({ ...jar.get(DRAFT_MODE_COOKIE)!, path: scope })
    jar.set({ ...jar.get(RELEASE_COOKIE)!, path: scope })
  }
  return new Response(null, { status: 307, headers: { Location: location, ...PRIVATE_HEADERS } })
}
