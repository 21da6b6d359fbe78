import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { request as httpRequest } from 'node:http'

import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'

vi.hoisted(() => {
  process.env.ANALYTICS_FLUSH_MS = '600000'
})

import { sqlClient } from '../../tooling/throwaway'
import { COLLECTOR_HEALTH_PATH, startCollector } from '@/lib/analytics/collector'
import { MAX_BEACON_BYTES } from '@/lib/analytics/events'
import { flushMeasurements } from '@/lib/analytics/flush'

import {
  BROWSER,
  clearRollups,
  liveTargets,
  refusedField,
  storedRows,
  type Targets,
} from '../helpers/analytics'
import { seededGuide } from '../helpers/payload'

// The beacon collector (COLLECT_PORT: where Varnish sends /collect, outside Next). Its refusals
// match the route's under generated input (analyticsRefusals.int.spec.ts); here, what only a
// server of its own must get right: it counts, answers nothing but POST /collect, keeps its
// headers, and reads no more of a body than the limit.

const db = sqlClient(process.env.DATABASE_URL!)
let targets: Targets
let collector: Server
let base = ''
let reader = 0

beforeAll(async () => {
  const { payload } = await seededGuide()
  targets = await liveTargets(payload)
  await db.connect()
  collector = await startCollector(0, '127.0.0.1')
  base = `http://127.0.0.1:${(collector.address() as AddressInfo).port}`
})
beforeEach(() => clearRollups(db))
afterAll(async () => {
  await new Promise((resolve) => collector.close(resolve))
  await db.end()
})

const beacon = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}/collect`, {
    method: 'POST',
    headers: {
      'content-type': 'text/plain;charset=UTF-8',
      'user-agent': BROWSER,
      'x-forwarded-for': `203.0.113.${reader++ % 250}`,
      ...headers,
    },
    body: JSON.stringify(body),
  })

const viewsStored = async () => {
  await flushMeasurements()
  return (await storedRows(db)).daily.filter(
    (row) => row.event === 'view' && row.path === targets.guide && row.dim === '',
  )
}

describe('the beacon collector', () => {
  it('counts a reader’s view: 204, and the rollup holds it once flushed', async () => {
    const response = await beacon({ p: targets.guide, e: 'view', u: { s: 'newsletter' } })
    expect(response.status).toBe(204)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect((await viewsStored()).map((row) => row.count)).toEqual([1])
  })

  it('counts nothing for a reader whose browser sends Do Not Track, and still answers 204', async () => {
    expect((await beacon({ p: targets.guide, e: 'view' }, { dnt: '1' })).status).toBe(204)
    expect(await viewsStored()).toEqual([])
  })

  it('answers only POST /collect: 405 naming POST, 404 elsewhere, 200 to the probe', async () => {
    const get = await fetch(`${base}/collect`)
    expect([get.status, get.headers.get('allow')]).toEqual([405, 'POST'])
    expect((await fetch(`${base}/`)).status).toBe(404)
    expect((await fetch(`${base}/api/users`, { method: 'POST', body: '{}' })).status).toBe(404)
    const probe = await fetch(`${base}${COLLECTOR_HEALTH_PATH}`)
    expect([probe.status, await probe.text()]).toEqual([200, 'ok'])
  })

  it('refuses a body over the limit sent without a length (chunked) with 413, counting nothing', async () => {
    const body = JSON.stringify({ p: `/${'a'.repeat(MAX_BEACON_BYTES * 4)}`, e: 'view' })
    const { status, text } = await new Promise<{ status: number; text: string }>(
      (resolve, reject) => {
        const req = httpRequest(
          `${base}/collect`,
          {
            method: 'POST',
            headers: { 'content-type': 'text/plain', 'user-agent': BROWSER },
          },
          (res) => {
            let text = ''
            res.on('data', (chunk: Buffer) => (text += chunk.toString()))
            res.on('end', () => resolve({ status: res.statusCode ?? 0, text }))
          },
        )
        req.on('error', reject)
        // Two chunks, no Content-Length: the collector must stop at the limit by itself.
        req.write(body.slice(0, MAX_BEACON_BYTES))
        req.end(body.slice(MAX_BEACON_BYTES))
      },
    )
    expect(status).toBe(413)
    expect(await refusedField(new Response(text))).toBe('body')
    expect(await viewsStored()).toEqual([])
  })
})
