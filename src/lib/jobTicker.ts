import { env } from './env'
import { jobsToken } from './jobs'

/**
 * Runs Payload's job queue every JOBS_INTERVAL_SECONDS inside this server. It goes through the
 * /api/payload-jobs/run route rather than payload.jobs.run(): jobs then run in a request, where the
 * publish hooks can revalidate Next's cache.
 */
export function startJobTicker(): void {
  const url = `http://127.0.0.1:${env.PORT}/api/payload-jobs/run?allQueues=true&silent=true`
  const headers = { authorization: `Bearer ${jobsToken()}` }
  let running = false
  const tick = async () => {
    if (running) return
    running = true
    try {
      const response = await fetch(url, { headers })
      if (!response.ok) console.error(`[jobs] run failed: HTTP ${response.status}`)
    } catch (error) {
      console.error('[jobs] run failed:', (error as Error).message)
    } finally {
      running = false
    }
  }
  setInterval(() => void tick(), env.JOBS_INTERVAL_SECONDS * 1000).unref()
}
