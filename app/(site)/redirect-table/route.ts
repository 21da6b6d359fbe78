import { getRedirectTable } from '@/lib/content/redirects'

// From Next's data cache (expired by tag), for proxy.ts: no query per request.
export const dynamic = 'force-dynamic'

/** Every redirect, resolved to one hop: { "/old": { "location": "/new", "status": 301 } }. */
export async function GET() {
  return Response.json(await getRedirectTable(), { headers: { 'Cache-Control': 'no-store' } })
}
