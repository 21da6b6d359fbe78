import type { SanitizedConfig } from 'payload'

/**
 * REST routes Payload mounts but cannot serve here, found from the config rather than listed:
 * - a collection or global with `endpoints: false` (Payload's own `payload-migrations`), which
 *   Payload answers with 501 Not Implemented;
 * - `POST /<auth collection>/verify/<token>` where e-mail verification is off: Payload queried a
 *   `_verificationToken` column that does not exist, and failed with a 500.
 * Both are a 404 to a client: there is nothing at that address.
 */
export function unservedRoute(config: SanitizedConfig, pathname: string): boolean {
  const api = config.routes.api
  if (!pathname.startsWith(`${api}/`)) return false
  const parts = pathname.slice(api.length + 1).split('/')
  const globals = parts[0] === 'globals'
  const [slug, action] = globals ? parts.slice(1) : parts
  if (globals) return config.globals.find((g) => g.slug === slug)?.endpoints === false
  const collection = config.collections.find((c) => c.slug === slug)
  if (!collection) return false
  if (collection.endpoints === false) return true
  return action === 'verify' && Boolean(collection.auth) && !collection.auth.verify
}
