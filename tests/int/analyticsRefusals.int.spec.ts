import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

vi.hoisted(() => {
  process.env.ANALYTICS_FLUSH_MS = '600000'
})

import { POST } from '../../app/(site)/collect/route'
import { sqlClient } from '../../tooling/throwaway'
import { startCollector } from '@/lib/analytics/collector'
import { flushMeasurements } from '@/lib/analytics/flush'

import {
  beaconRequest,
  clearRollups,
  liveTargets,
  refusedField,
  storedRows,
  type Targets,
} from '../helpers/analytics'
import { seededGuide } from '../helpers/payload'

const db = sqlClient(process.env.DATABASE_URL!)
let targets: Targets
let client = 0
let collector: Server

beforeAll(async () => {
  const { payload } = await seededGuide()
  targets = await liveTargets(payload)
  await db.connect()
  await clearRollups(db)
  collector = await startCollector(0, '127.0.0.1')
})
afterAll(async () => {
  await new Promise((resolve) => collector.close(resolve))
  await db.end()
})

/** The beacon as the collector takes it (COLLECT_PORT, behind Varnish): over HTTP, outside Next. */
async function toCollector(request: Request): Promise<Response> {
  const { port } = collector.address() as AddressInfo
  return fetch(`http://127.0.0.1:${port}/collect`, {
    method: 'POST',
    headers: request.headers,
    body: await request.arrayBuffer(),
  })
}

// The same refusals from both ways in: the app's route and the collector.
const WAYS_IN = [
  ['the app’s /collect route', POST],
  ['the collector', toCollector],
] as const

const FIELDS = ['p', 'e', 'r', 'u', 't', 'w'] as const
type Field = (typeof FIELDS)[number]

/** A sound beacon that carries `field` (views carry r, u and w; outbound clicks carry t). */
const carrying = (field: Field): Record<string, unknown> =>
  field === 't'
    ? { p: targets.guide, e: 'outbound', t: targets.ranked[0] }
    : { p: targets.guide, e: 'view', r: 'https://example.com/', u: { s: 'a' }, w: 800 }

const notText = fc.oneof(
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 2 }),
)
/** Values of the wrong type for each field. */
const wrongFor: Record<Field, fc.Arbitrary<unknown>> = {
  p: notText,
  e: notText,
  r: notText,
  t: notText,
  u: fc.oneof(fc.integer(), fc.string(), fc.constant(null), fc.array(fc.integer())),
  w: fc.oneof(
    fc.string(),
    fc.boolean(),
    fc.constant(null),
    fc.double({ noInteger: true, noDefaultInfinity: true, noNaN: true }),
    fc.integer({ min: 100_001 }),
    fc.integer({ max: -1 }),
  ),
}

/** A bad body, the status it deserves and the field its answer must name. */
type Bad = { body: unknown; status: number; field: string }

const badBody: fc.Arbitrary<Bad> = fc.oneof(
  fc.constantFrom(...FIELDS).chain((field) =>
    wrongFor[field].map((value) => ({
      body: { ...carrying(field), [field]: value },
      status: 400,
      field,
    })),
  ),
  fc
    .string({ minLength: 1, maxLength: 12 })
    .filter((key) => !['__proto__', ...FIELDS].includes(key) && !key.includes(','))
    .map((key) => ({ body: { ...carrying('p'), [key]: 1 }, status: 400, field: key })),
  fc
    .string({ minLength: 1, maxLength: 20 })
    .filter((e) => !['view', 'reached', 'cta', 'outbound', 'copy', 'reweight'].includes(e))
    .map((e) => ({ body: { p: targets.guide, e }, status: 422, field: 'e' })),
  fc
    .stringMatching(/^[a-z0-9-]{1,30}$/)
    .map((slug) => ({ body: { p: `/no-such-page-${slug}`, e: 'view' }, status: 422, field: 'p' })),
  fc.stringMatching(/^[a-z0-9-]{1,30}$/).map((slug) => ({
    body: { p: targets.guide, e: 'outbound', t: `x-${slug}` },
    status: 422,
    field: 't',
  })),
  fc.integer({ min: 2_049, max: 20_000 }).map((size) => ({
    body: { p: `/${'a'.repeat(size)}`, e: 'view' },
    status: 413,
    field: 'body',
  })),
  fc
    .string({ maxLength: 40 })
    .filter((text) => {
      try {
        JSON.parse(text)
        return false
      } catch {
        return true
      }
    })
    .map((text) => ({ body: text, status: 400, field: 'body' })),
  fc.constantFrom<Bad>(
    { body: { e: 'view' }, status: 400, field: 'p' },
    { body: { p: '/guides' }, status: 400, field: 'e' },
    { body: { p: '/guides', e: 'outbound' }, status: 400, field: 't' },
    { body: { p: '/guides', e: 'cta', r: 'https://example.com/' }, status: 400, field: 'r' },
    { body: { p: '/guides?utm_source=x', e: 'view' }, status: 400, field: 'p' },
    { body: [], status: 400, field: 'body' },
    { body: 'null', status: 400, field: 'body' },
  ),
)

describe.each(WAYS_IN)('a beacon the site cannot count, through %s', (_, send) => {
  it('gets a 4xx naming the field, and nothing is stored', async () => {
    await fc.assert(
      fc.asyncProperty(badBody, async ({ body, status, field }) => {
        const request = beaconRequest(body, { 'x-forwarded-for': `198.51.100.${client++ % 250}` })
        const response = await send(request)
        const answer = (await response.json()) as { errors: { field: string; message: string }[] }
        expect([response.status, answer.errors[0]?.field]).toEqual([status, field])
        expect(answer.errors[0]?.message).toContain(field === 'body' ? 'body' : `${field}:`)
        expect(response.headers.get('cache-control')).toBe('no-store')
      }),
      { numRuns: 200 },
    )
    await flushMeasurements()
    expect(await storedRows(db)).toEqual({ hourly: [], daily: [], visitors: [] })
  })

  it('of another type than a beacon’s gets 415', async () => {
    const request = beaconRequest({ p: targets.guide, e: 'view' }, { 'content-type': 'text/html' })
    const response = await send(request)
    expect(response.status).toBe(415)
    expect(await refusedField(response)).toBe('content-type')
  })
})
