import { env } from '@/lib/env'
import { jobsToken } from './endpoint'

/**
 * Runs due jobs every JOBS_INTERVAL_SECONDS from inside this server, through this server's own
 * /api/jobs/run-due route (src/lib/jobs/endpoint.ts) rather than payload.jobs.run(): jobs then run in a
 * request, where the publish hooks can revalidate Next's cache.
 */
export function startJobTicker(): void {
  const url = `http://127.0.0.1:${env.PORT}/api/jobs/run-due`
  const headers = { authorization: `Bearer ${jobsToken()}` }
  let running = false
  const tick = async () => {
    if (running) return
    running = true
    try {
      const response = await fetch(url, { method: 'POST', headers })
      if (!response.ok) console.error(`[jobs] run failed: HTTP ${response.status}`)
    } catch (error) {
      console.error('[jobs] run failed:', (error as Error).message)
    } finally {
      running = false
    }
  }
  const every = () => setInterval(() => void tick(), env.JOBS_INTERVAL_SECONDS * 1000).unref()
  if (process.env.NODE_ENV !== 'development') return void every()
  // `next dev` compiles a route on its first request, and the run route is the whole API: ticking
  // in the first minute would compile it while `npm run dev` compiles the reader's first page.
  setTimeout(every, DEV_QUIET_MS).unref()
}

/** How long after `next dev` starts its first due-jobs run waits. */
const DEV_QUIET_MS = 60_000
