import { expect, test } from '@playwright/test'

import { sqlClient } from '../../tooling/throwaway'
import type { ThrowawayServer } from '../../tooling/throwawayServer'

import {
  controlledPostgres,
  firstAdminToken,
  stackSecret,
  startApp,
  type ControlledPostgres,
} from '../helpers/stack'

// SIGTERM stops a production server within a few seconds, even while a request runs that would
// not end by itself: a save waiting for a document another connection holds.
let postgres: ControlledPostgres
let server: ThrowawayServer

test.beforeAll(async () => {
  test.setTimeout(240_000)
  postgres = await controlledPostgres('shutdown-pg')
  server = await startApp('shutdown', { DATABASE_URL: postgres.url, PAYLOAD_SECRET: stackSecret() })
})

test.afterAll(async () => {
  if (server.process.exitCode === null && server.process.signalCode === null) {
    server.process.kill('SIGKILL')
  }
  await postgres.remove()
})

test('SIGTERM stops the server within a few seconds while a request waits', async () => {
  test.setTimeout(60_000)
  const token = await firstAdminToken(server.url)
  const sql = sqlClient(postgres.url)
  await sql.connect()
  try {
    // Hold framework 1's write lock (the one src/hooks/guardWrites.ts takes): a save of it waits.
    await sql.query(`select pg_advisory_lock(hashtext('frameworks'), 1)`)
    const save = fetch(`${server.url}/api/frameworks/1`, {
      method: 'PATCH',
      headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ bestFor: 'Waiting for the lock' }),
    }).catch((error: Error) => error)
    await expect
      .poll(async () => {
        const { rows } = await sql.query(
          `select count(*)::int as waiting from pg_locks where locktype = 'advisory' and not granted`,
        )
        return (rows[0] as { waiting: number }).waiting
      })
      .toBe(1)

    const exited = new Promise<number>((resolve) =>
      server.process.once('exit', () => resolve(performance.now())),
    )
    const sent = performance.now()
    server.process.kill('SIGTERM')
    const seconds = ((await exited) - sent) / 1000
    console.log(`[shutdown] exited ${seconds.toFixed(1)} s after SIGTERM with a save waiting`)
    expect(seconds).toBeLessThan(8)
    await save
  } finally {
    await sql.end()
  }
})
