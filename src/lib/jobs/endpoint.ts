import { APIError, type Endpoint, type PayloadRequest } from 'payload'

import { roleOf } from '@/access'

import { withAdvisoryLock } from '@/lib/database/advisoryLock'
import { env } from '@/lib/env'
import { JOBS_LOCK, jobsTokenFor } from './token'

/** The bearer token the in-process ticker uses to run Payload's job queue (scheduled publishes). */
export const jobsToken = () => jobsTokenFor(env.PAYLOAD_SECRET)

export const canRunJobs = ({ req }: { req: PayloadRequest }): boolean =>
  roleOf(req.user) === 'admin' || req.headers.get('authorization') === `Bearer ${jobsToken()}`

/** 401 for nobody signed in, 403 for a signed-in editor: either way, it says who may. */
const refusal = (req: PayloadRequest) =>
  new APIError(
    'Only an admin, or this server’s own job ticker, may run the job queue.',
    req.user ? 403 : 401,
    null,
    true,
  )

/**
 * The job queue's `access.run`. Payload answers a plain `false` with 401 "you must be logged in",
 * even to a signed-in editor, for whom signing in changes nothing.
 */
export const mayRunJobs = ({ req }: { req: PayloadRequest }): true => {
  if (canRunJobs({ req })) return true
  throw refusal(req)
}

/**
 * POST /api/jobs/run-due: runs the due jobs of every queue, on one instance at a time.
 * Payload marks a job as processing only after reading it, so two instances running the queue at
 * the same moment could both publish the same scheduled change. Under the advisory lock the second
 * instance skips the round, and by its next one the first has marked the jobs done.
 * Jobs run inside this request, so their publish hooks can expire Next's cache.
 */
export const runDueJobsEndpoint: Endpoint = {
  path: '/jobs/run-due',
  method: 'post',
  handler: async (req) => {
    mayRunJobs({ req })
    const result = await withAdvisoryLock(
      req.payload,
      JOBS_LOCK,
      async () => {
        await req.payload.jobs.run({ allQueues: true, req, silent: true })
      },
      { wait: false },
    )
    return Response.json(
      result.ran
        ? { ran: true }
        : { ran: false, reason: 'another instance is running the job queue' },
      { headers: { 'Cache-Control': 'no-store' } },
    )
  },
}
