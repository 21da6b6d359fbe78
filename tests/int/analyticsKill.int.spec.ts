import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { freePort, sqlClient } from '../../tooling/throwaway'
import { answers, startService, type Service } from '../../tooling/service'

import { BROWSER, clearRollups, liveTargets, storedRows, type Targets } from '../helpers/analytics'
import { seededGuide } from '../helpers/payload'

// How many seconds of counts a server killed with SIGKILL loses (docs/measurement.md), measured:
// beacons at a steady rate into a real process, kill -9, restart, count what reached Postgres.
const FLUSH_MS = 5_000
const RATE = 100
const SECONDS = 12

const db = sqlClient(process.env.DATABASE_URL!)
let targets: Targets
let server: Service | undefined

beforeAll(async () => {
  const { payload } = await seededGuide()
  targets = await liveTargets(payload)
  await db.connect()
})
afterAll(async () => {
  await server?.stop()
  await db.end()
})

async function startServer(port: number): Promise<Service> {
  return startService(
    'analytics server',
    process.execPath,
    ['--import', 'tsx', 'tests/helpers/analyticsServer.ts'],
    {
      env: {
        ...process.env,
        PORT: String(port),
        ANALYTICS_FLUSH_MS: String(FLUSH_MS),
        // The int suite's database has its schema: no development push. A push of a database
        // other files have filled can stop at drizzle's question about it, which nobody answers
        // here, and the process then exits 13 (CI saw it on the restart after kill -9).
        PAYLOAD_MIGRATING: 'true',
      },
      ready: () => answers(`http://127.0.0.1:${port}/collect`),
      timeoutMs: 120_000,
    },
  )
}

let client = 0
/** Sends RATE beacons a second for `seconds`, each from a reader of its own: how many got 204. */
async function stream(port: number, seconds: number): Promise<number> {
  let acknowledged = 0
  const sent: Promise<void>[] = []
  const started = Date.now()
  for (let i = 0; i < RATE * seconds; i++) {
    const due = started + (i * 1000) / RATE
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - Date.now())))
    const n = client++
    const beacon = fetch(`http://127.0.0.1:${port}/collect`, {
      method: 'POST',
      headers: {
        'content-type': 'text/plain;charset=UTF-8',
        'user-agent': BROWSER,
        'x-forwarded-for': `10.77.${(n >> 8) & 255}.${n & 255}`,
      },
      body: JSON.stringify({ p: targets.guide, e: 'view' }),
    })
    sent.push(
      beacon.then(
        (response) => void (response.status === 204 && acknowledged++),
        () => undefined,
      ),
    )
  }
  await Promise.all(sent)
  return acknowledged
}

const storedViews = async () =>
  (await storedRows(db)).daily.find((row) => row.event === 'view' && row.dim === '')?.count ?? 0

describe('a server stopped with the counts in memory', () => {
  it(
    'loses at most the beacons since its last flush to kill -9',
    { timeout: 240_000 },
    async () => {
      await clearRollups(db)
      const port = await freePort()
      server = await startServer(port)
      const acknowledged = await stream(port, SECONDS)
      server.process.kill('SIGKILL')
      await server.stop()
      server = await startServer(port)
      const stored = await storedViews()
      const lost = acknowledged - stored
      console.log(
        `[kill -9] ${acknowledged} beacons acknowledged at ${RATE}/s, ${stored} in Postgres: ` +
          `${lost} lost = ${(lost / RATE).toFixed(2)} s of counts (flush every ${FLUSH_MS / 1000} s)`,
      )
      expect(stored).toBeGreaterThan(0)
      expect(stored).toBeLessThanOrEqual(acknowledged)
      await server.stop()
      server = undefined
    },
  )

  it(
    'loses nothing to SIGTERM: the exit waits for the last flush',
    { timeout: 180_000 },
    async () => {
      await clearRollups(db)
      const port = await freePort()
      server = await startServer(port)
      const acknowledged = await stream(port, 2)
      await server.stop()
      server = undefined
      expect(await storedViews()).toBe(acknowledged)
    },
  )
})
