import { mkdtempSync, writeFileSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { DatabaseStartError, openDatabase } from '@/lib/database/embeddedPostgres'
import { freePort } from '../../tooling/throwaway'

const scratch = () => mkdtempSync(path.join(os.tmpdir(), 'guide-db-'))

describe('embedded Postgres start-up', () => {
  it('stops with a message naming the port and the fix when the port is taken', async () => {
    const port = await freePort()
    const squatter = net.createServer().listen(port, '127.0.0.1')
    await new Promise((resolve) => squatter.once('listening', resolve))
    try {
      const start = openDatabase({ dir: path.join(scratch(), 'pg'), port, database: 'x' })
      await expect(start).rejects.toBeInstanceOf(DatabaseStartError)
      await expect(start).rejects.toThrow(
        new RegExp(`Port ${port} .* already taken.*EMBEDDED_PG_PORT.*DATABASE_URL`),
      )
    } finally {
      squatter.close()
    }
  })

  it('stops with a message naming the data dir when it cannot be used', async () => {
    const notADir = path.join(scratch(), 'file')
    writeFileSync(notADir, 'not a folder')
    const start = openDatabase({ dir: notADir, port: await freePort(), database: 'x' })
    await expect(start).rejects.toThrow(
      new RegExp(`data dir ${notADir} can't be used.*DATA_DIR.*DATABASE_URL`),
    )
  })

  it('uses DATABASE_URL as given, starting nothing', async () => {
    const url = 'postgres://someone:secret@db.internal:5432/guide'
    const db = await openDatabase({ databaseUrl: url, dir: '/nonexistent', port: 1, database: 'x' })
    expect(db.url).toBe(url)
  })
})
