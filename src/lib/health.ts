import type { Endpoint } from 'payload'
import { sql } from '@payloadcms/db-postgres'

/** GET /api/health: 200 when the app and its database answer, 503 (saying which) when not. */
export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const started = Date.now()
    let database: 'up' | 'down' = 'up'
    try {
      await req.payload.db.drizzle.execute(sql`select 1`)
    } catch {
      database = 'down'
    }
    const ok = database === 'up'
    return Response.json(
      { status: ok ? 'ok' : 'degraded', app: 'up', database, checkedInMs: Date.now() - started },
      { status: ok ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
    )
  },
}
