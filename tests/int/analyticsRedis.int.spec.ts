import { existsSync } from 'node:fs'

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { sqlClient } from '../../tooling/throwaway'

import {
  beaconRequest,
  clearRollups,
  liveTargets,
  storedRows,
  type Targets,
} from '../helpers/analytics'
import { seededGuide } from '../helpers/payload'
import { startRedis, type Redis } from '../helpers/stack'

const REDIS_SERVER = process.env.REDIS_SERVER_BIN ?? '/usr/bin/redis-server'
const haveRedis = existsSync(REDIS_SERVER)
if (!haveRedis) {
  console.warn(`analyticsRedis: skipped, ${REDIS_SERVER} is missing (Debian package redis-server)`)
}

type Instance = {
  POST: (request: Request) => Promise<Response>
  flush: () => Promise<void>
}

/**
 * One app instance as the server holds it: its own modules, its own measurement state (kept on
 * globalThis, which is moved aside first) and its own Redis client. Two of these in one process
 * count as two servers do.
 */
async function instance(): Promise<Instance> {
  vi.resetModules()
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('guide.analytics.state')]
  const { POST } = await import('../../app/(site)/collect/route')
  const { flushMeasurements } = await import('@/lib/analytics/flush')
  return { POST, flush: flushMeasurements }
}

const db = sqlClient(process.env.DATABASE_URL!)
let redis: Redis | undefined
let targets: Targets

beforeAll(async () => {
  if (!haveRedis) return
  redis = await startRedis()
  process.env.REDIS_URL = redis.url
  process.env.ANALYTICS_FLUSH_MS = '600000'
  const { payload } = await seededGuide()
  targets = await liveTargets(payload)
  await db.connect()
  await clearRollups(db)
})
afterAll(async () => {
  if (!haveRedis) return
  await db.end()
  await redis?.stop()
})

describe.skipIf(!haveRedis)('two instances sharing Redis', () => {
  it('add up exactly in Postgres, however their flushes meet', async () => {
    const a = await instance()
    const b = await instance()
    const sent = { view: 0, cta: 0 }
    const viewers = new Set<string>()
    const readers = ['203.0.113.1', '203.0.113.2', '203.0.113.3']
    for (let i = 0; i < 120; i++) {
      const server = i % 2 === 0 ? a : b
      const e = i % 5 === 0 ? 'cta' : 'view'
      const reader = { 'x-forwarded-for': readers[i % readers.length]! }
      const response = await server.POST(beaconRequest({ p: targets.guide, e }, reader))
      expect(response.status).toBe(204)
      sent[e]++
      if (e === 'view') viewers.add(reader['x-forwarded-for'])
      // Both flush at once now and then: one holds the lock, the other finds nothing to do.
      if (i % 17 === 0) await Promise.all([a.flush(), b.flush()])
    }
    await Promise.all([a.flush(), b.flush()])
    await a.flush()

    const { daily } = await storedRows(db)
    const total = (event: string) =>
      daily.find((row) => row.event === event && row.dim === '')?.count ?? 0
    expect({ view: total('view'), cta: total('cta') }).toEqual(sent)
    // Each reader once, though each sent views through both instances.
    expect(total('visitor')).toBe(viewers.size)
  })
})
