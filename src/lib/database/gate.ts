import { problemPage } from '@/lib/http/responses'

/** How long one answer about the database holds: a down database is noticed within a second. */
const RECHECK_MS = 1000

let last: { up: boolean; at: number } | undefined
let pending: Promise<boolean> | undefined

/**
 * Whether the database answers, asked of this server's own /api/health at most once a second
 * (concurrent callers share one check). Only health's 503 means down: a health check that is slow
 * (`next dev` compiling the route, say) or fails for another reason lets the request through.
 * Health itself gives up on the database after 5 s (src/lib/database/health.ts). The check goes to
 * 127.0.0.1, where `next start` and the Docker image (HOSTNAME=0.0.0.0) listen.
 */
export async function databaseIsUp(healthUrl: string): Promise<boolean> {
  if (last && Date.now() - last.at < RECHECK_MS) return last.up
  pending ??= fetch(healthUrl, { cache: 'no-store', signal: AbortSignal.timeout(10_000) })
    .then(
      (response) => response.status !== 503,
      () => true,
    )
    .then((up) => {
      last = { up, at: Date.now() }
      pending = undefined
      return up
    })
  return pending
}

const MESSAGE =
  'The database is unavailable, so the CMS cannot read or save anything right now. ' +
  'Published pages are still being served. Try again in a minute; nothing needs restarting.'

/** 503 for the admin (a page) and the API (JSON), with Retry-After. */
export function databaseUnavailable(pathname: string): Response {
  const response = pathname.startsWith('/api')
    ? Response.json(
        { errors: [{ message: MESSAGE }] },
        { status: 503, headers: { 'Cache-Control': 'no-store' } },
      )
    : problemPage(503, 'The CMS is temporarily unavailable', MESSAGE)
  response.headers.set('Retry-After', '5')
  return response
}
