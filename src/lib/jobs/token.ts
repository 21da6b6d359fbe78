// What the servers running due jobs agree on (src/lib/jobs/endpoint.ts), with no env: tests use it too.
import { createHmac } from 'node:crypto'

/** The bearer token that lets a server's ticker run due jobs: derived from PAYLOAD_SECRET. */
export const jobsTokenFor = (secret: string) =>
  createHmac('sha256', secret).update('payload-jobs/v1').digest('hex')

/** The Postgres advisory lock under which one instance at a time runs due jobs. */
export const JOBS_LOCK = 'guide:jobs'
