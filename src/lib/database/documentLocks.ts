// Per-document write locks: Postgres advisory locks held until the request's transaction ends.
import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import type { Reference } from '@/lib/api/inputShape'

import { transactionConnection } from './payloadInternals'

/**
 * Writes to one document take turns: a lock held until the request's transaction ends, taken
 * before Payload reads the document it will merge the changes into. Single-document writes share
 * the collection's lock; a bulk write (no id) takes it alone, so it waits for them and they for it.
 */
export async function lockForWrite(
  req: PayloadRequest,
  collection: string,
  id: number | undefined,
) {
  const db = await transactionConnection(req)
  if (!db) return
  // A save waits at most this long for the one before it; then 409 (src/lib/api/clientErrors.ts).
  // Waiters hold a pooled connection: unbounded waits could empty the pool.
  await db.execute(sql`set local lock_timeout = '${sql.raw(String(LOCK_WAIT_MS))}ms'`)
  if (id === undefined) {
    await db.execute(sql`select pg_advisory_xact_lock(hashtext(${collection})::bigint)`)
    return
  }
  await db.execute(sql`select pg_advisory_xact_lock_shared(hashtext(${collection})::bigint)`)
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${collection}), ${id}::int)`)
}

/** How long a save waits for another save of the same document before it answers 409. */
export const LOCK_WAIT_MS = 10_000

/**
 * Holds the documents a save points at, shared, until its transaction ends: a delete of one of
 * them (which takes the same lock alone, src/hooks/guardDeletes.ts) waits, then sees the new
 * reference and refuses, instead of emptying the row this save just wrote.
 */
export async function holdReferenced(req: PayloadRequest, references: Reference[]) {
  const db = await transactionConnection(req)
  if (!db) return
  for (const { collection, id } of references) {
    await db.execute(sql`select pg_advisory_xact_lock_shared(hashtext(${collection}), ${id}::int)`)
  }
}

/** Takes a document's write lock alone, as a save does (for the delete guard). */
export async function lockDocument(req: PayloadRequest, collection: string, id: number) {
  await lockForWrite(req, collection, id)
}
