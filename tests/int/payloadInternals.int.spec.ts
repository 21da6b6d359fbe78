import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
} from 'payload'
import { sql } from '@payloadcms/db-postgres'
import { randomBytes } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'

import {
  connectionOf,
  LOCKED_DOCUMENTS,
  stopAutosavingInto,
  transactionConnection,
  versionTable,
} from '@/lib/database/payloadInternals'

import { frameworkData, seededGuide } from '../helpers/payload'

// Each undocumented part of Payload the site leans on (src/lib/database/payloadInternals.ts),
// checked against the installed Payload. A failure here after an upgrade names the piece to
// rework before anything subtler breaks: per-document write locks, release captures, edit locks.

const upgraded = (what: string) =>
  `Payload changed ${what}: rework src/lib/database/payloadInternals.ts before upgrading.`

let payload: Payload

beforeAll(async () => {
  ;({ payload } = await seededGuide())
})

type Rows = { rows: Record<string, unknown>[] }

describe("Payload's internals the site relies on", () => {
  it("an open transaction's connection is in db.sessions and sees its uncommitted writes", async () => {
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    try {
      const connection = await transactionConnection(req)
      expect(connection, upgraded('db.sessions (the open transactions)')).toBeDefined()
      const name = `Internals ${randomBytes(3).toString('hex')}`
      const made = await payload.create({
        collection: 'frameworks',
        data: frameworkData(name),
        req,
      })
      const inside = (await connection!.execute(
        sql`select name from frameworks where id = ${made.id}`,
      )) as Rows
      expect(
        inside.rows,
        upgraded("a session's connection (it does not see its own writes)"),
      ).toHaveLength(1)
      const pool = (await payload.db.drizzle.execute(
        sql`select name from frameworks where id = ${made.id}`,
      )) as Rows
      expect(pool.rows, upgraded('db.sessions (the write is visible outside it)')).toHaveLength(0)
      expect(await connectionOf(req)).toBe(connection)
    } finally {
      await killTransaction(req)
    }
    const outside = await createLocalReq({}, payload)
    expect(await transactionConnection(outside)).toBeUndefined()
    await commitTransaction(outside)
  })

  it('versions live in _<slug>_v with an autosave flag that decides where the next autosave goes', async () => {
    const made = await payload.create({
      collection: 'frameworks',
      data: frameworkData(`Autosave ${randomBytes(3).toString('hex')}`),
    })
    const autosave = (bestFor: string) =>
      payload.update({
        collection: 'frameworks',
        id: made.id,
        data: { bestFor },
        draft: true,
        autosave: true,
      })
    const versions = async () =>
      (
        (await payload.db.drizzle.execute(
          sql`select id, autosave from ${sql.identifier(versionTable('frameworks'))} where parent_id = ${made.id} order by id`,
        )) as Rows
      ).rows
    await autosave('first')
    await autosave('second')
    const before = await versions()
    const newest = before.at(-1)!
    expect(newest.autosave, upgraded('the autosave column of version tables')).toBe(true)
    expect(before.length, upgraded('autosave (it no longer rewrites its own version)')).toBe(2)

    const req = await createLocalReq({}, payload)
    await stopAutosavingInto(req, 'frameworks', Number(newest.id))
    await autosave('third')

    const after = await versions()
    expect(after.length, upgraded('autosave (a cleared flag no longer starts a new version)')).toBe(
      3,
    )
    const kept = await payload.findVersionByID({ collection: 'frameworks', id: String(newest.id) })
    expect(kept.version.bestFor).toBe('second')
  })

  it('edit locks are the payload-locked-documents collection, naming a document and a user', () => {
    const locks = payload.collections[LOCKED_DOCUMENTS as 'users']?.config
    expect(locks, upgraded(`the ${LOCKED_DOCUMENTS} collection`)).toBeDefined()
    const fields = new Map(locks.flattenedFields.map((field) => [field.name, field]))
    for (const name of ['document', 'user']) {
      const field = fields.get(name)
      expect(field?.type, upgraded(`${LOCKED_DOCUMENTS}.${name}`)).toBe('relationship')
      expect(Array.isArray((field as { relationTo?: unknown }).relationTo)).toBe(true)
    }
  })
})
