// The beacon collector and the measurement flusher in a process of their own, on PORT, for the
// kill -9 measurement (tests/int/analyticsKill.int.spec.ts): the code a production server runs on
// COLLECT_PORT (src/lib/server/lifecycle.ts). Started with `node --import tsx`; DATABASE_URL and
// PAYLOAD_SECRET from the environment.
import { startCollector } from '@/lib/analytics/collector'
import { ensureFlushing } from '@/lib/analytics/flush'
import { flushBeforeExit } from '@/lib/analytics/shutdown'
import { env } from '@/lib/env'
import { payloadClient } from '@/lib/payload'

await payloadClient()
ensureFlushing()

const server = await startCollector(env.PORT, '127.0.0.1')
console.log(`[analytics-server] ready on ${env.PORT}`)
// As src/lib/server/lifecycle.ts arranges it in the server: the exit that follows a SIGTERM
// waits for the last flush.
process.once('SIGTERM', () => {
  flushBeforeExit(3_000)
  server.close(() => process.exit(0))
})
