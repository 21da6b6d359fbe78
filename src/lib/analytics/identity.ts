import { createHash } from 'node:crypto'

import { env } from '@/lib/env'

/**
 * The client's address: the entry of X-Forwarded-For that the outermost of our
 * ANALYTICS_PROXY_HOPS proxies appended. Entries left of it are the client's own to write.
 * Next sets the header to the socket's address when nothing in front did.
 */
export function clientAddress(request: Request, hops = env.ANALYTICS_PROXY_HOPS): string {
  const chain = (request.headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  return chain[Math.max(0, chain.length - Math.max(hops, 1))] ?? ''
}

const sha256 = (...parts: string[]) => createHash('sha256').update(parts.join('\n')).digest('hex')

/**
 * Who sent a beacon, as far as counting needs to know, and no further: hashes under the day's
 * salt, which is deleted once the day is over. Neither the address nor the agent is kept.
 */
export function identify(request: Request, salt: string, path: string) {
  const address = clientAddress(request)
  const agent = request.headers.get('user-agent') ?? ''
  return { client: sha256(salt, address, agent), visitor: sha256(salt, address, agent, path) }
}
