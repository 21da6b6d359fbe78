import type { Payload } from 'payload'

type PoolClient = {
  query: (text: string, values?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>
  /** With an error, the connection is closed rather than reused: its locks go with it. */
  release: (error?: Error) => void
}
type Pool = { connect: () => Promise<PoolClient> }

/**
 * Runs `work` while this process holds a Postgres advisory lock named `name`, so that several app
 * instances on one database take turns. The lock lives on one pooled connection: if the process
 * dies, Postgres drops the connection and the lock with it.
 * `wait: false` skips the work (returns { ran: false }) when another instance holds the lock.
 */
export async function withAdvisoryLock<T>(
  payload: Payload,
  name: string,
  work: () => Promise<T>,
  { wait }: { wait: boolean },
): Promise<{ ran: true; value: T } | { ran: false }> {
  const pool = (payload.db as unknown as { pool: Pool }).pool
  const client = await pool.connect()
  let broken: Error | undefined
  try {
    if (wait) {
      await client.query('select pg_advisory_lock(hashtext($1))', [name])
    } else {
      const { rows } = await client.query('select pg_try_advisory_lock(hashtext($1)) as locked', [
        name,
      ])
      if (!rows[0]?.locked) return { ran: false }
    }
    const value = await work().finally(() =>
      client.query('select pg_advisory_unlock(hashtext($1))', [name]).catch((error: Error) => {
        // Not unlocked: this connection must not go back to the pool still holding the lock.
        broken = error
      }),
    )
    return { ran: true, value }
  } catch (error) {
    broken ??= error as Error
    throw error
  } finally {
    client.release(broken)
  }
}
