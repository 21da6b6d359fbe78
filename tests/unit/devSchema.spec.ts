import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { BaseDatabaseAdapter, DatabaseAdapterObj } from 'payload'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { DEV_SCHEMA_FILE, schemaDigest, skipRepeatedDevPush } from '@/lib/devSchema'

type Fake = { push: boolean; rawTables: unknown; payload: unknown; connect: () => Promise<void> }

/** An adapter result whose connect records whether it would have pushed. */
function fakeAdapter(rawTables: unknown, seen: boolean[]): DatabaseAdapterObj {
  return {
    name: 'fake',
    defaultIDType: 'number',
    init: () => {
      const adapter: Fake = {
        push: true,
        rawTables,
        payload: { config: { localization: false } },
        connect: function (this: Fake) {
          seen.push(this.push)
          return Promise.resolve()
        },
      }
      return adapter as unknown as BaseDatabaseAdapter
    },
  }
}

/** The adapter as payload.config.ts makes it (wrapped), connected once. */
const connect = async (result: DatabaseAdapterObj) => {
  const adapter = skipRepeatedDevPush(result).init({ payload: {} as never }) as unknown as Fake
  await adapter.connect()
  return adapter
}

describe('skipRepeatedDevPush (npm run dev)', () => {
  let dir: string
  let file: string
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'dev-schema-'))
    file = path.join(dir, 'pushed')
    process.env[DEV_SCHEMA_FILE] = file
    delete (globalThis as Record<symbol, unknown>)[Symbol.for('guide.devSchema.firstConnectDone')]
  })
  afterEach(() => {
    delete process.env[DEV_SCHEMA_FILE]
    rmSync(dir, { recursive: true, force: true })
  })

  const tables = { guides: { name: 'guides', columns: { id: { type: 'serial' } } } }

  it('skips the first push when the seed pushed the same schema, and only that one', async () => {
    writeFileSync(file, schemaDigest({ rawTables: tables, payload: { config: {} } }))
    const seen: boolean[] = []
    const first = await connect(fakeAdapter(tables, seen))
    expect(first.push).toBe(true)
    await connect(fakeAdapter(tables, seen))
    expect(seen).toEqual([false, true])
  })

  it('pushes when the schema differs from the one the seed pushed', async () => {
    writeFileSync(file, schemaDigest({ rawTables: { other: {} } }))
    const seen: boolean[] = []
    await connect(fakeAdapter(tables, seen))
    expect(seen).toEqual([true])
  })

  it('pushes when the seed said nothing, or outside npm run dev', async () => {
    writeFileSync(file, '')
    const seen: boolean[] = []
    await connect(fakeAdapter(tables, seen))
    delete process.env[DEV_SCHEMA_FILE]
    await connect(fakeAdapter(tables, seen))
    expect(seen).toEqual([true, true])
  })
})
