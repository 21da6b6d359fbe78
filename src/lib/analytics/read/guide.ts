import type { Payload } from 'payload'

import { relationId } from '@/lib/content/relationId'
import type { GuideChange, User } from '@/payload-types'

import { addDays, dayOf, daysBetween, lastDays, today, type Window } from './days'
import { rate, totalsIn, type Totals } from './figures'
import { dailyTotals, topValues } from './rollups'
import { PERIODS } from './dashboard'

/** Before/after windows around a change: this many days each side. */
export const AROUND_DAYS = 7
/** How many of the newest "What changed" entries the Readers tab compares. */
export const CHANGES_SHOWN = 10

export type Funnel = {
  days: number
  window: Window
  totals: Totals
  /** Share of views that reached the ranking, and that clicked the CTA; null with no views. */
  reachedRate: number | null
  ctr: number | null
  outbound: { slug: string; clicks: number }[]
}

/** A document's funnel (views → reached the ranking → CTA) and outbound clicks per framework. */
export async function funnelOf(payload: Payload, path: string, until = today()): Promise<Funnel[]> {
  return Promise.all(
    PERIODS.map(async (days) => {
      const window = lastDays(days, until)
      const [rows, outbound] = await Promise.all([
        dailyTotals(payload, window, path),
        // Every framework readers followed: the ranking has at most a few dozen.
        topValues(payload, { event: 'outbound', dim: 'target', window, top: 1000, path }),
      ])
      const totals = totalsIn(rows, window)
      return {
        days,
        window,
        totals,
        reachedRate: rate(totals.reached, totals.view),
        ctr: rate(totals.cta, totals.view),
        outbound: outbound.map((row) => ({ slug: row.value, clicks: row.count })),
      }
    }),
  )
}

export type Side = { window: Window; days: number; totals: Totals; ctr: number | null }
export type AroundChange = {
  id: number
  at: string
  kind: GuideChange['kind']
  release?: string
  hidden: boolean
  moves: string[]
  before: Side
  /** Null while the change is still today: nothing after it is a whole day yet. */
  after: Side | null
}

const sideOf = (rows: Awaited<ReturnType<typeof dailyTotals>>, window: Window): Side => {
  const totals = totalsIn(rows, window)
  return {
    window,
    days: daysBetween(window.from, window.to),
    totals,
    ctr: rate(totals.cta, totals.view),
  }
}

const moveText = (move: NonNullable<GuideChange['moves']>[number]) => {
  const name = typeof move.framework === 'object' ? move.framework.name : '?'
  if (move.from == null) return `${name} ranked #${move.to}`
  if (move.to == null) return `${name} left the ranking (was #${move.from})`
  return `${name} #${move.from} → #${move.to}`
}

/**
 * The guide's figures in the days before and after each of its newest "What changed" entries.
 * The day of the change is left out of both sides: its counts mix the two. The after side
 * stops at today, so a recent change compares fewer days (said with each side's day count).
 */
export async function aroundChanges(
  payload: Payload,
  user: User,
  guide: number,
  path: string,
  until = today(),
): Promise<AroundChange[]> {
  const { docs } = await payload.find({
    collection: 'guide-changes',
    user,
    overrideAccess: false,
    where: { guide: { equals: guide } },
    sort: '-at',
    limit: CHANGES_SHOWN,
    depth: 1,
    populate: { frameworks: { name: true }, releases: { name: true } },
  })
  if (docs.length === 0) return []
  const earliest = dayOf(docs[docs.length - 1]!.at)
  const rows = await dailyTotals(
    payload,
    { from: addDays(earliest, -AROUND_DAYS), to: until },
    path,
  )
  return docs.map((doc) => {
    const day = dayOf(doc.at)
    const afterTo = [addDays(day, AROUND_DAYS), until].sort()[0]!
    return {
      id: doc.id,
      at: doc.at,
      kind: doc.kind,
      release: doc.release && typeof doc.release === 'object' ? doc.release.name : undefined,
      hidden: Boolean(doc.hidden),
      moves: (doc.moves ?? []).map(moveText),
      before: sideOf(rows, { from: addDays(day, -AROUND_DAYS), to: addDays(day, -1) }),
      after: day >= until ? null : sideOf(rows, { from: addDays(day, 1), to: afterTo }),
    }
  })
}

/** The guide's ranked frameworks in rank order, with their slug and name. */
export async function rankedFrameworks(payload: Payload, user: User, ranking: unknown) {
  const ids = (Array.isArray(ranking) ? ranking : [])
    .map((row: { framework?: unknown }) => row?.framework)
    .filter((value) => value !== undefined && value !== null)
    .map((value) => relationId(value as number))
  if (ids.length === 0) return []
  const { docs } = await payload.find({
    collection: 'frameworks',
    user,
    overrideAccess: false,
    draft: true,
    where: { id: { in: ids } },
    select: { name: true, slug: true },
    depth: 0,
    pagination: false,
  })
  const byId = new Map(docs.map((doc) => [doc.id, doc]))
  return ids.flatMap((id) => {
    const doc = byId.get(id)
    return doc ? [{ id, name: doc.name, slug: doc.slug }] : []
  })
}
