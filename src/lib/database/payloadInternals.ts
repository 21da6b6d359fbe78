// The parts of Payload and its Postgres adapter this site relies on that are not documented API:
// the adapter's open transactions (`db.sessions`), the raw version tables (`_<slug>_v`), and the
// admin's edit locks (the `payload-locked-documents` collection). Everything that touches them
// goes through here, and tests/int/payloadInternals.int.spec.ts fails, naming the piece, when a
// Payload upgrade changes one.
import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

type Connection = { execute: (query: unknown) => Promise<unknown> }
type Adapter = { drizzle: Connection; sessions?: Record<string, { db?: Connection }> }

const adapterOf = (req: PayloadRequest) => req.payload.db as unknown as Adapter

/** The connection of the request's open transaction, or undefined when it has none. */
export async function transactionConnection(req: PayloadRequest): Promise<Connection | undefined> {
  if (!req.transactionID) return undefined
  const id = await req.transactionID
  return id === undefined || id === null ? undefined : adapterOf(req).sessions?.[id]?.db
}

/** The connection a raw statement of this request runs on: its transaction's, or the pool. */
export async function connectionOf(req: PayloadRequest): Promise<Connection> {
  return (await transactionConnection(req)) ?? adapterOf(req).drizzle
}

/** The table Payload's Postgres adapter keeps a collection's versions in. */
export const versionTable = (collection: string) => `_${collection}_v`

/**
 * Autosave rewrites the newest autosaved version in place (Payload's saveVersion): clearing the
 * row's `autosave` flag makes the next autosave write a new version instead.
 */
export async function stopAutosavingInto(req: PayloadRequest, collection: string, id: number) {
  const connection = await connectionOf(req)
  await connection.execute(
    sql`update ${sql.identifier(versionTable(collection))} set autosave = false where id = ${id}`,
  )
}

/** Payload's collection of the admin's edit locks: who is editing which document. */
export const LOCKED_DOCUMENTS = 'payload-locked-documents'
