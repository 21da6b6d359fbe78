import type { Endpoint } from 'payload'

import { PRIVATE_HEADERS } from '@/lib/http/responses'

import { measurementState } from './state'

/**
 * POST /api/analytics/flush: moves the counts held in memory (and Redis) into Postgres now, for a
 * signed-in user who wants to see the last minutes (and the e2e specs, which cannot wait for
 * chance). 401 for anyone else. It runs the server's flusher (src/lib/analytics/flush.ts, which
 * the config may not import: it reads the config back). Where none has started, no beacon has
 * been counted in this process and there is nothing to flush.
 */
export const flushEndpoint: Endpoint = {
  path: '/analytics/flush',
  method: 'post',
  handler: async (req) => {
    if (!req.user) {
      return Response.json(
        { errors: [{ message: 'Sign in to flush the measurements.' }] },
        { status: 401, headers: PRIVATE_HEADERS },
      )
    }
    await measurementState().flush?.()
    return new Response(null, { status: 204, headers: PRIVATE_HEADERS })
  },
}
