// The /collect route and the measurement flusher in a process of their own, on PORT, for the
// kill -9 measurement (tests/int/analyticsKill.int.spec.ts): Next's HTTP layer aside, the same
// code a server runs. Started with `node --import tsx`; DATABASE_URL and PAYLOAD_SECRET from the
// environment.
import http from 'node:http'

import { POST } from '../../app/(site)/collect/route'
import { ensureFlushing } from '@/lib/analytics/flush'
import { flushBeforeExit } from '@/lib/analytics/shutdown'
import { env } from '@/lib/env'
import { payloadClient } from '@/lib/payload'

await payloadClient()
ensureFlushing()

const server = http.createServer((req, res) => {
  const chunks: Buffer[] = []
  req.on('data', (chunk: Buffer) => chunks.push(chunk))
  req.on('end', () => {
    const headers = new Headers()
    for (const [name, value] of Object.entries(req.headers)) {
      if (typeof value === 'string') headers.set(name, value)
    }
    // As Next does: the socket's address when no proxy named one.
    if (!headers.has('x-forwarded-for'))
      headers.set('x-forwarded-for', req.socket.remoteAddress ?? '')
    const request = new Request(`${env.SITE_URL}${req.url ?? '/'}`, {
      method: req.method,
      headers,
      body: req.method === 'POST' ? Buffer.concat(chunks) : undefined,
    })
    POST(request)
      .then(async (response) => {
        res.writeHead(response.status, Object.fromEntries(response.headers))
        res.end(Buffer.from(await response.arrayBuffer()))
      })
      .catch((error: unknown) => {
        res.writeHead(500)
        res.end(String(error))
      })
  })
})
server.listen(env.PORT, '127.0.0.1', () => console.log(`[analytics-server] ready on ${env.PORT}`))
// As src/lib/server/lifecycle.ts arranges it in the server: the exit that follows a SIGTERM
// waits for the last flush.
process.once('SIGTERM', () => {
  flushBeforeExit(3_000)
  server.close(() => process.exit(0))
})
