import { z } from 'zod'

/** What a reader's page may report (the beacon's `e`). `visitor` is counted here, never sent. */
export const BEACON_EVENTS = ['view', 'reached', 'cta', 'outbound', 'copy', 'reweight'] as const
export type BeaconEvent = (typeof BEACON_EVENTS)[number]
export type CountedEvent = BeaconEvent | 'visitor'

/** The largest body /collect reads: a beacon is a few hundred bytes. */
export const MAX_BEACON_BYTES = 2_048

const text = (max: number) => z.string().max(max, `must be at most ${max} characters long`)

/** The beacon's body (docs/measurement.md): nothing else is read, anything more is refused. */
export const beaconSchema = z
  .strictObject({
    p: text(512).regex(/^\/[^?#\s]*$/, 'must be a path starting with /, without query or fragment'),
    e: z.enum(BEACON_EVENTS, { error: `must be one of ${BEACON_EVENTS.join(', ')}` }),
    r: text(1_024).optional(),
    u: z
      .strictObject({ s: text(100).optional(), m: text(100).optional(), c: text(100).optional() })
      .optional(),
    t: text(100).optional(),
    w: z.number().int('must be a whole number').min(0).max(100_000).optional(),
  })
  .superRefine((beacon, ctx) => {
    // Where a reader came from belongs to the view alone: an event repeating it would count twice.
    for (const key of ['r', 'u', 'w'] as const) {
      if (beacon[key] !== undefined && beacon.e !== 'view') {
        ctx.addIssue({ code: 'custom', path: [key], message: 'is sent with a view only' })
      }
    }
    if ((beacon.t === undefined) === (beacon.e === 'outbound')) {
      ctx.addIssue({
        code: 'custom',
        path: ['t'],
        message:
          beacon.e === 'outbound' ? 'is required for outbound' : 'is sent with outbound only',
      })
    }
  })
export type Beacon = z.infer<typeof beaconSchema>

/** The device class from the window's width: phone < 768 ≤ tablet < 1200 ≤ desktop. */
export function deviceClass(width: number | undefined): string {
  if (width === undefined) return 'unknown'
  if (width < 768) return 'phone'
  return width < 1_200 ? 'tablet' : 'desktop'
}

/** The referrer's host name alone; '' for none, for an unreadable one, and for our own host. */
export function referrerHost(referrer: string | undefined, ownHost: string): string {
  if (!referrer) return ''
  try {
    const { hostname, protocol } = new URL(referrer)
    if (protocol !== 'http:' && protocol !== 'https:') return ''
    return hostname === ownHost ? '' : hostname.toLowerCase()
  } catch {
    return ''
  }
}

/** One row a counted event adds 1 to: its total (dim '' value '') or one of its dimensions. */
export type Dimension = { dim: string; value: string }

/** The rows a beacon adds 1 to, the total first (src/lib/analytics/tables.ts). */
export function dimensionsOf(beacon: Beacon, ownHost: string): Dimension[] {
  const rows: Dimension[] = [{ dim: '', value: '' }]
  if (beacon.e === 'view') {
    rows.push({ dim: 'referrer', value: referrerHost(beacon.r, ownHost) })
    if (beacon.u?.s) rows.push({ dim: 'utm_source', value: beacon.u.s })
    if (beacon.u?.m) rows.push({ dim: 'utm_medium', value: beacon.u.m })
    if (beacon.u?.c) rows.push({ dim: 'utm_campaign', value: beacon.u.c })
    rows.push({ dim: 'device', value: deviceClass(beacon.w) })
  }
  if (beacon.e === 'outbound' && beacon.t) rows.push({ dim: 'target', value: beacon.t })
  return rows
}
