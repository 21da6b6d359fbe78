import { expect, test } from '@playwright/test'

import { sqlClient } from '../../tooling/throwaway'

import { appOnOwnPostgres, stopOwnStack, type OwnStack } from '../helpers/stack'

// SIGTERM stops a production server within a few seconds, even while a request runs that would
// not end by itself: a save waiting for a document another connection holds.
let stack: OwnStack

test.beforeAll(async () => {
  test.setTimeout(240_000)
  stack = await appOnOwnPostgres('shutdown')
})

test.afterAll(async () => {
  await stopOwnStack(stack)
})

test('SIGTERM stops the server within a few seconds while a request waits', async () => {
  test.setTimeout(60_000)
  const { app: server, postgres, token } = stack
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
