import type { Endpoint, PayloadRequest } from 'payload'

import { roleOf } from '@/access'

import { withAdvisoryLock } from '@/lib/database/advisoryLock'
import { env } from '@/lib/env'
import { JOBS_LOCK, jobsTokenFor } from './token'

/** The bearer token the in-process ticker uses to run Payload's job queue (scheduled publishes). */
export const jobsToken = () => jobsTokenFor(env.PAYLOAD_SECRET)

export const canRunJobs = ({ req }: { req: PayloadRequest }): boolean =>
  roleOf(req.user) === 'admin' || req.headers.get('authorization') === `Bearer ${jobsToken()}`

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
    if (!canRunJobs({ req })) {
      return Response.json({ errors: [{ message: 'Not allowed to run jobs.' }] }, { status: 403 })
    }
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
