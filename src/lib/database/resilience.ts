import type { Payload } from 'payload'

type Pool = { on: (event: 'error', listener: (error: Error) => void) => void }

/**
 * When Postgres restarts, the pool's idle connections fail. Unheard, that 'error' event would end
 * the whole server; heard, the pool drops the dead connection and opens a new one on the next query,
 * while cached pages go on being served.
 */
export function survivePostgresRestarts(payload: Payload): void {
  const pool = (payload.db as unknown as { pool?: Pool }).pool
  pool?.on('error', (error) => {
    payload.logger.warn(`Postgres connection lost (${error.message}); reconnecting on next query`)
  })
}
