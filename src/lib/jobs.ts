import { createHmac } from 'node:crypto'

import type { PayloadRequest } from 'payload'

import { env } from './env'

/** The bearer token the in-process ticker uses to run Payload's job queue (scheduled publishes). */
export const jobsToken = (secret: string = env.PAYLOAD_SECRET) =>
  createHmac('sha256', secret).update('payload-jobs/v1').digest('hex')

export const canRunJobs = ({ req }: { req: PayloadRequest }): boolean =>
  (req.user as { role?: string } | null)?.role === 'admin' ||
  req.headers.get('authorization') === `Bearer ${jobsToken()}`
