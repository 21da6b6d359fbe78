import { flushBeforeExit } from '@/lib/analytics/shutdown'
import { purgeWhenNextExpires } from '@/lib/cache/purgeContent'
import { startJobTicker } from '@/lib/jobs/ticker'

/**
 * Runs once when a Next server starts (instrumentation.ts). A production server brings its own
 * database up to date before it serves: the committed migrations, then the guide content if the
 * database has none. `npm start` and the container (Next's standalone server) both start so.
 */
export async function prepareServer(): Promise<void> {
  // `process.env.NODE_ENV`, not `env`: Next writes it into the code as a constant, and `next dev`
  // then leaves this branch and its imports (the Payload config, the migrations, the seed: most of
  // the app) out of the instrumentation it compiles before the first page, a compile of seconds.
  if (process.env.NODE_ENV === 'production') {
    try {
      const { applyMigrations, seedIfEmpty } = await import('@/lib/database/prepare')
      const { payloadClient } = await import('@/lib/payload')
      const payload = await payloadClient()
      console.log('[guide] applying migrations')
      await applyMigrations(payload)
      const { seeded, created } = await seedIfEmpty(payload, { log: () => {} })
      if (seeded) console.log(`[guide] seeded guide content: ${created.length} item(s)`)
      // Measurement's flush and housekeeping; in `next dev` the first beacon starts them.
      const { ensureFlushing } = await import('@/lib/analytics/flush')
      ensureFlushing()
    } catch (error) {
      console.error(
        `[guide] cannot prepare the database (${(error as Error).message}). ` +
          'Check DATABASE_URL and that Postgres is up; the server stops.',
      )
      process.exit(1)
    }
    await startCollecting()
  }
  startJobTicker()
  purgeWhenNextExpires()
  stopWithin(SHUTDOWN_GRACE_MS)
}

/** The beacon collector on COLLECT_PORT, when one is set (src/lib/analytics/collector.ts). */
async function startCollecting(): Promise<void> {
  const { env } = await import('@/lib/env')
  if (env.COLLECT_PORT === 0) return
  const { startCollector } = await import('@/lib/analytics/collector')
  const collector = await startCollector(env.COLLECT_PORT).catch((error: unknown) => {
    console.error(
      `[guide] cannot listen for beacons on COLLECT_PORT ${env.COLLECT_PORT} (${(error as Error).message}); the server stops.`,
    )
    process.exit(1)
  })
  console.log(`[guide] beacon collector on port ${env.COLLECT_PORT}`)
  // Stops taking beacons with the server; the last flush still counts those it took.
  process.once('SIGTERM', () => collector.close())
}

/** How long a stopping server lets requests in flight finish. */
export const SHUTDOWN_GRACE_MS = 3_000

/**
 * Next stops on SIGTERM/SIGINT by closing the server and waiting for every request in flight:
 * one that never ends (a client that stops sending its body) would keep it up for ever. This
 * gives them `graceMs`, then exits.
 */
function stopWithin(graceMs: number): void {
  const deadline = (signal: NodeJS.Signals) => {
    console.log(`[guide] ${signal}: stopping; requests in flight get ${graceMs / 1000} s`)
    flushBeforeExit(graceMs)
    setTimeout(() => {
      console.log('[guide] requests still open after the grace period; exiting')
      process.exit(0)
    }, graceMs).unref()
  }
  process.once('SIGTERM', deadline)
  process.once('SIGINT', deadline)
}
