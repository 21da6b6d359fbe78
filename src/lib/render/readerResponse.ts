import type { RouteView } from '@/components/RouteView'
import { readerSecurityHeaders } from '@/lib/http/securityHeaders'

import { readerDocument } from './readerDocument'

/**
 * A reader's page as a response: HTML with no framework script, under a CSP that runs ours only.
 * A page found is measured; a miss is not (the beacon's path would not be a live page).
 */
export async function readerResponse(
  view: RouteView,
  status = 200,
  headers: Record<string, string> = {},
): Promise<Response> {
  return new Response(await readerDocument(view, { measured: status === 200 }), {
    status,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      ...Object.fromEntries(readerSecurityHeaders().map(({ key, value }) => [key, value])),
      ...headers,
    },
  })
}
