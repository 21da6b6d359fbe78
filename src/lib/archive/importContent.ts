// The import restores stored rows through the database adapter (payload.db), below Payload's
// operations, because restoring is not editing: ids, timestamps and versions come back as they
// were, no hook fires (nothing to revalidate: there is no Next server), and rules meant for editors
// don't apply (a preview link that has expired since, a media record whose file isn't uploaded).
// The archive was checked in full before (./check.ts); the writes share one transaction, so a
// failure midway leaves the database as it was.
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres/drizzle'
import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'

import { ArchiveError } from './check'
import { COLLECTIONS, type ArchivedCollection, type ContentArchive } from './schema'

/** Restores an archive into a database that holds no guide content yet. */
export async function importContent(payload: Payload, archive: ContentArchive): Promise<void> {
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    await refuseUnlessEmpty(payload, req)
    for (const collection of COLLECTIONS) {
      for (const [index, doc] of archive[collection].entries()) {
        await restore(payload, collection, doc, req).catch((error: unknown) => {
          throw new ArchiveError(
            `Import failed, nothing was written: ${collection}[${index}] (id ${doc.id}) was refused by the database: ${reason(error)}`,
          )
        })
      }
    }
    if (archive.site) {
      await payload.db.updateGlobal({
        slug: 'site',
        data: { ...archive.site },
        req,
        returning: false,
      })
    }
    await advanceIdSequences(payload, archive)
    await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

async function refuseUnlessEmpty(payload: Payload, req: PayloadRequest) {
  const held: string[] = []
  for (const collection of COLLECTIONS) {
    const { totalDocs } = await payload.count({ collection, req })
    if (totalDocs > 0) held.push(`${collection}: ${totalDocs}`)
  }
  if (held.length > 0) {
    throw new ArchiveError(
      `Import refused: this database already holds guide content (${held.join(', ')}). ` +
        'Import only into an empty database; nothing was written.',
    )
  }
}

async function restore(
  payload: Payload,
  collection: ArchivedCollection,
  doc: ContentArchive[ArchivedCollection][number],
  req: PayloadRequest,
) {
  const write = async (data: Record<string, unknown>) => {
    await payload.db.create({ collection, customID: doc.id, data, req, returning: false })
  }
  if (!('published' in doc)) return write({ ...doc })

  const { id, createdAt, published, draft } = doc
  // The document row is what readers get: the published content, else the draft.
  await write({ ...(published ?? draft), _status: published ? 'published' : 'draft', createdAt })
  // Oldest first: createVersion marks the newest version of a document as its latest.
  for (const [status, version] of [
    ['published', published],
    ['draft', draft],
  ] as const) {
    if (!version) continue
    await payload.db.createVersion({
      collectionSlug: collection,
      parent: id,
      versionData: { ...version, _status: status, createdAt },
      autosave: false,
      createdAt: version.updatedAt,
      updatedAt: version.updatedAt,
      req,
      returning: false,
    })
  }
}

/** Payload's field errors ("slug: Value must be unique"), else the error's message. */
function reason(error: unknown): string {
  const fields = (error as { data?: { errors?: { message: string; path: string }[] } }).data?.errors
  if (fields?.length) return fields.map((field) => `${field.path}: ${field.message}`).join('; ')
  return error instanceof Error ? error.message : String(error)
}

/**
 * The rows were written with their own ids, not ones Postgres' id sequences handed out: each
 * sequence moves past the highest id, or the next document created in the admin would collide.
 * (setval is never rolled back, so it needs no transaction: a failed import leaves a gap in ids.)
 */
async function advanceIdSequences(payload: Payload, archive: ContentArchive) {
  const db = payload.db as unknown as PostgresAdapter
  for (const collection of COLLECTIONS) {
    const highest = Math.max(0, ...archive[collection].map((doc) => doc.id))
    if (highest === 0) continue
    const table = `"${db.schemaName ?? 'public'}"."${db.tableNameMap.get(collection.replaceAll('-', '_'))}"`
    await db.drizzle.execute(sql`SELECT setval(pg_get_serial_sequence(${table}, 'id'), ${highest})`)
  }
}
