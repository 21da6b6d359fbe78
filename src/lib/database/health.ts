import type { Endpoint } from 'payload'
import { sql } from '@payloadcms/db-postgres'

/** GET /api/health: 200 when the app and its database answer, 503 (saying which) when not. */
export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const started = Date.now()
    let database: 'up' | 'down' = 'up'
    // An unreachable host would hang the query; five seconds without an answer is down.
    let timer: NodeJS.Timeout | undefined
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), 5_000)
    })
    try {
      const answer = await Promise.race([req.payload.db.drizzle.execute(sql`select 1`), timedOut])
      if (answer === 'timeout') database = 'down'
    } catch {
      database = 'down'
    } finally {
      clearTimeout(timer)
    }
    const ok = database === 'up'
    return Response.json(
      { status: ok ? 'ok' : 'degraded', app: 'up', database, checkedInMs: Date.now() - started },
      { status: ok ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
    )
  },
}
