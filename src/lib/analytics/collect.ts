import type { z } from 'zod'

import { apiProblem } from '@/lib/api/requestGuard'
import { env } from '@/lib/env'

import { beaconSchema, dimensionsOf, MAX_BEACON_BYTES, type Beacon } from './events'
import { record, saltOf } from './flush'
import { identify } from './identity'
import { livePaths } from './livePaths'
import { addEvent, addVisitor, dayOf, emptyPending, hourOf } from './pending'
import { notCounted } from './privacy'
import { rateLimiter } from './rateLimit'

const NO_STORE = { 'Cache-Control': 'no-store' }
const site = new URL(env.SITE_URL)
const limiter = rateLimiter(env.ANALYTICS_RATE_LIMIT)
// sendBeacon with a string sends text/plain; a fetch may say what it is.
const BEACON_TYPES = new Set(['text/plain', 'application/json'])

const nothing = () => new Response(null, { status: 204, headers: NO_STORE })

/** Another site's page may not count on ours (a browser's POST names its page's origin). */
function crossOrigin(request: Request): boolean {
  const origin = request.headers.get('origin')
  if (origin && origin !== site.origin && origin !== new URL(request.url).origin) return true
  return request.headers.get('sec-fetch-site') === 'cross-site'
}

/** The body's text, or undefined past MAX_BEACON_BYTES (read no further than that). */
async function readBody(request: Request): Promise<string | undefined> {
  if (Number(request.headers.get('content-length')) > MAX_BEACON_BYTES) return undefined
  const bytes = new Uint8Array(await request.arrayBuffer())
  return bytes.byteLength > MAX_BEACON_BYTES ? undefined : new TextDecoder().decode(bytes)
}

/** The field a schema issue is about, as the beacon spells it (`u.s`, or the unknown keys). */
function fieldOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return issue.keys.join(', ')
  return issue.path.length > 0 ? issue.path.join('.') : 'body'
}

type Parsed = { beacon: Beacon } | { problem: Response }

async function parseBeacon(request: Request): Promise<Parsed> {
  const type = (request.headers.get('content-type') ?? '').split(';', 1)[0]!.trim().toLowerCase()
  if (!BEACON_TYPES.has(type)) {
    const problem = 'must be text/plain or application/json (a JSON beacon).'
    return { problem: apiProblem(415, `content-type ${problem}`, 'content-type') }
  }
  const text = await readBody(request)
  if (text === undefined) {
    const message = `body must be at most ${MAX_BEACON_BYTES} bytes.`
    return { problem: apiProblem(413, message, 'body') }
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    return { problem: apiProblem(400, `body is not JSON: ${(error as Error).message}.`, 'body') }
  }
  const result = beaconSchema.safeParse(json)
  if (result.success) return { beacon: result.data }
  const issue = result.error.issues[0]!
  const field = fieldOf(issue)
  const message = issue.code === 'unrecognized_keys' ? 'is not a beacon field' : issue.message
  // An event name the site does not know is 422, like an unknown page; a number there is 400.
  const unknownEvent = field === 'e' && typeof (json as { e?: unknown }).e === 'string'
  const status = unknownEvent ? 422 : 400
  return { problem: apiProblem(status, `${field}: ${message}.`, field) }
}

/**
 * POST /collect: one beacon from a reader's page (docs/measurement.md). 204 when counted and
 * when deliberately not; 4xx naming the field for anything else, and then nothing is counted.
 * Nothing here writes to the database: counts go to memory or Redis (src/lib/analytics/flush.ts).
 */
export async function collect(request: Request): Promise<Response> {
  if (crossOrigin(request)) {
    return apiProblem(403, 'origin: beacons are taken from this site’s own pages only.', 'origin')
  }
  // Not read at all: nothing about a reader who asked not to be tracked is looked at.
  if (notCounted(request)) return nothing()
  const parsed = await parseBeacon(request)
  if ('problem' in parsed) return parsed.problem
  const { beacon } = parsed
  const ranked = (await livePaths(beacon.p)).get(beacon.p)
  if (!ranked) return apiProblem(422, `p: ${beacon.p} is not a live page of this site.`, 'p')
  if (beacon.t !== undefined && !ranked.has(beacon.t)) {
    return apiProblem(422, `t: ${beacon.t} is not ranked on ${beacon.p}.`, 't')
  }
  const now = new Date()
  const { client, visitor } = identify(request, await saltOf(dayOf(now)), beacon.p)
  if (!limiter.allow(client)) {
    const message = `Too many beacons: at most ${env.ANALYTICS_RATE_LIMIT} a minute from one client.`
    return apiProblem(429, message, undefined, { 'Retry-After': String(limiter.retryAfter()) })
  }
  const counts = emptyPending()
  addEvent(counts, now, beacon.p, beacon.e, dimensionsOf(beacon, site.hostname))
  if (beacon.e === 'view') addVisitor(counts, visitor, { hour: hourOf(now), path: beacon.p })
  await record(counts)
  return nothing()
}
