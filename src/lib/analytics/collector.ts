// The beacon collector: POST /collect on a port of its own (COLLECT_PORT), in the server's own
// process, answered by the same code as the app's /collect route (./collect.ts) without Next's
// HTTP layer, which costs a beacon as much as rendering a small page would. Varnish sends
// /collect here while it answers (deploy/varnish/default.vcl), and to the app's route otherwise.
import http from 'node:http'

import { env } from '@/lib/env'
import { securityHeaders } from '@/lib/http/securityHeaders'

import { collect } from './collect'
import { MAX_BEACON_BYTES } from './events'

/** What Varnish's probe asks: the collector is up (it holds counts in memory, no database). */
export const COLLECTOR_HEALTH_PATH = '/collect/health'

const TEXT = { 'content-type': 'text/plain; charset=utf-8' }

// Keys in lower case, as Headers gives a Response's, so that none is written twice.
const SECURITY = Object.fromEntries(
  securityHeaders({ siteUrl: env.SITE_URL, development: false }).map(({ key, value }) => [
    key.toLowerCase(),
    value,
  ]),
)

/** Writes the head: the site's security headers, never stored, and `headers` (lower-case keys) over them. */
function answer(res: http.ServerResponse, status: number, headers: Record<string, string> = {}) {
  res.writeHead(status, { ...SECURITY, 'cache-control': 'no-store', ...headers })
}

/** The request as the route sees it: a Fetch Request, its body cut one byte past the limit. */
function asRequest(req: http.IncomingMessage, body: Buffer): Request {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value)
  }
  // As Next does: the socket's address when no proxy named one.
  if (!headers.has('x-forwarded-for')) {
    headers.set('x-forwarded-for', req.socket.remoteAddress ?? '')
  }
  const host = headers.get('host') ?? new URL(env.SITE_URL).host
  const init = { method: 'POST', headers, body: new Uint8Array(body) }
  return new Request(`http://${host}${req.url ?? '/'}`, init)
}

/** The body, read no further than one byte past MAX_BEACON_BYTES (the route answers 413). */
function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      if (size > MAX_BEACON_BYTES) return
      chunks.push(chunk)
      size += chunk.byteLength
      if (size > MAX_BEACON_BYTES) resolve(Buffer.concat(chunks).subarray(0, MAX_BEACON_BYTES + 1))
    })
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
  const path = (req.url ?? '/').split('?', 1)[0]
  if (path === COLLECTOR_HEALTH_PATH && (req.method === 'GET' || req.method === 'HEAD')) {
    answer(res, 200, TEXT)
    return res.end('ok')
  }
  if (path !== '/collect') {
    answer(res, 404, TEXT)
    return res.end('Not found: this port takes POST /collect only.')
  }
  if (req.method !== 'POST') {
    answer(res, 405, { allow: 'POST' })
    return res.end()
  }
  const response = await collect(asRequest(req, await readBody(req)))
  answer(res, response.status, Object.fromEntries(response.headers))
  res.end(Buffer.from(await response.arrayBuffer()))
}

/**
 * Listens on `port` (all interfaces: Varnish reaches it from another container) until the
 * process ends; answers 503 for a beacon whose counting failed, never crashing the server.
 */
export function startCollector(port: number, host?: string): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error(`[analytics] collector: ${(error as Error).message}`)
      if (!res.headersSent) answer(res, 503, TEXT)
      res.end('The beacon was not counted.')
    })
  })
  // A beacon is small: a client that holds its connection without sending it is let go.
  server.requestTimeout = 10_000
  server.headersTimeout = 5_000
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve(server)
    })
  })
}
