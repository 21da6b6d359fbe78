// `npm run bench`, measurement (docs/measurement.md): what readers' beacons cost. POST /collect's
// throughput and p99 on the one production instance, the guide's throughput through Varnish with
// and without a beacon flood through the same Varnish, the gzipped bytes of /beacon.js, and that
// every beacon answered 204 reached Postgres. Figures with their goals (issue 25); never a
// pass/fail: the machine is shared.
import { gzipSync } from 'node:zlib'

import { sqlClient } from './throwaway'

import { beaconLoad, floodInChild, type BeaconLoad } from './benchBeacons'
import { BENCH_ADMIN, load, mean, progress, throughputRatio, warm } from './benchKit'
import { adminToken, authHeader } from './siteApi'
import type { Varnish } from './varnish'

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10)
// Flat out, as the other sections; then at the goal's rate, for the p99 a site at that rate sees.
const BEACONS = { connections: 16, duration: SECONDS }
const BEACONS_AT_GOAL = { ...BEACONS, overallRate: 2_000 }
// A one-client flood, briefly: how the rate limit answers it.
const ONE_CLIENT = { connections: 4, duration: 2 }
// The page load of the Varnish comparison (benchProxy.ts), and a flood beside it at the goal's
// rate, for a second longer so that it covers the page load whole.
const PAGES = { connections: 16, duration: SECONDS }
const PAGES_AT_RATE = { ...PAGES, overallRate: 2_000 }
const FLOOD = { connections: 16, duration: SECONDS + 1, overallRate: 2_000 }
const GOALS = {
  beaconsPerSec: 2_000,
  beaconP99Ms: 20,
  pageThroughputUnderFlood: 0.9,
  beaconScriptGzipBytes: 1_024,
}

let readers = 0
/** Readers no earlier run used: a reader seen again within the minute would meet the limit. */
const freshReaders = (run: BeaconLoad) => (readers += run.readers)

export async function benchMeasurement(app: string, varnish: Varnish, databaseUrl: string) {
  const counted = await countedEvents(app, databaseUrl)
  const runs: BeaconLoad[] = []
  const run = async (result: Promise<BeaconLoad>) => {
    runs.push(await result)
    freshReaders(runs.at(-1)!)
    return runs.at(-1)!
  }
  // Warms the route (its live paths, the day's salt) and both JITs.
  await run(beaconLoad(`${app}/collect`, { ...BEACONS, duration: 3 }, { firstReader: readers }))
  // Against Next's own floor on this machine, the smallest answer a route of the app gives, under
  // the same load and in A-B-B-A order: a beacon near it costs what any request to Next costs.
  const flatOut = [await run(beaconLoad(`${app}/collect`, BEACONS, { firstReader: readers }))]
  const floor = [await load(`${app}/robots.txt`, BEACONS), await load(`${app}/robots.txt`, BEACONS)]
  flatOut.push(await run(beaconLoad(`${app}/collect`, BEACONS, { firstReader: readers })))
  const beacons = {
    load: BEACONS,
    flatOut: meanOfBeacons(flatOut),
    robotsTxt: mean(floor),
    atGoalRate: await run(beaconLoad(`${app}/collect`, BEACONS_AT_GOAL, { firstReader: readers })),
    oneClient: await run(
      beaconLoad(`${app}/collect`, ONE_CLIENT, { firstReader: readers, oneClient: true }),
    ),
  }

  const page = `${varnish.url}/`
  await warm([page], PAGES.connections)
  const underFlood = async (options: typeof PAGES) => {
    const flood = await floodInChild(`${varnish.url}/collect`, FLOOD, readers)
    const result = await load(page, options)
    await run(flood.done)
    return { ...result, flood: runs.at(-1)! }
  }
  // A-B-B-A, as the other comparisons: drift over the run affects both alike.
  const alone = [await load(page, PAGES)]
  const flooded = [await underFlood(PAGES), await underFlood(PAGES)]
  alone.push(await load(page, PAGES))
  const pages = {
    load: PAGES,
    flood: FLOOD,
    guideThroughVarnish: mean(alone),
    guideThroughVarnishUnderFlood: mean(flooded),
    floodBeacons: flooded.map((r) => r.flood),
    throughputUnderFloodRatio: throughputRatio(mean(flooded), mean(alone)),
    atFixedRate: {
      load: PAGES_AT_RATE,
      alone: await load(page, PAGES_AT_RATE),
      underFlood: await underFlood(PAGES_AT_RATE),
    },
  }

  const answered = (status: string) => runs.reduce((sum, r) => sum + (r.statuses[status] ?? 0), 0)
  return {
    goals: GOALS,
    beacons: {
      ...beacons,
      flatOutToRobotsTxtThroughput:
        Math.round((beacons.flatOut.beaconsPerSec / beacons.robotsTxt.requestsPerSec) * 100) / 100,
    },
    pages,
    beaconScript: await beaconScript(app),
    // Every beacon the app answered 204 (all counted: browsers' agents, no DNT), found in Postgres.
    answered204: answered('204'),
    answered429: answered('429'),
    countedInPostgres: await counted(),
  }
}

/** Two runs' averages (rates, latencies); requests and statuses are totals. */
function meanOfBeacons(runs: BeaconLoad[]) {
  const avg = (pick: (r: BeaconLoad) => number) =>
    Math.round((runs.reduce((sum, r) => sum + pick(r), 0) / runs.length) * 10) / 10
  const statuses: Record<string, number> = {}
  for (const r of runs) {
    for (const [code, n] of Object.entries(r.statuses)) statuses[code] = (statuses[code] ?? 0) + n
  }
  return {
    beaconsPerSec: avg((r) => r.beaconsPerSec),
    latencyP50Ms: avg((r) => r.latencyP50Ms),
    latencyP99Ms: avg((r) => r.latencyP99Ms),
    requests: runs.reduce((sum, r) => sum + r.requests, 0),
    statuses,
    runs: runs.length,
  }
}

/**
 * How many events the rollups hold (their totals, every path) once flushed: a function that
 * flushes (as a signed-in user) and reads again, less what was there when it was made.
 */
async function countedEvents(app: string, databaseUrl: string) {
  const token = await adminToken(app, BENCH_ADMIN)
  const read = async () => {
    const flushed = await fetch(`${app}/api/analytics/flush`, {
      method: 'POST',
      headers: authHeader(token),
    })
    if (flushed.status !== 204) throw new Error(`flush: HTTP ${flushed.status}`)
    const db = sqlClient(databaseUrl)
    await db.connect()
    try {
      const { rows } = await db.query<{ n: string }>(
        `select coalesce(sum(count), 0) as n from analytics_daily
          where dim = '' and value = '' and event <> 'visitor'`,
      )
      return Number(rows[0]!.n)
    } finally {
      await db.end()
    }
  }
  const before = await read()
  return async () => (await read()) - before
}

/** /beacon.js as the app serves it: its bytes, gzipped as a reader's browser receives it. */
async function beaconScript(app: string) {
  const body = Buffer.from(await (await fetch(`${app}/beacon.js`)).arrayBuffer())
  progress(`/beacon.js: ${body.length} bytes`)
  return { bytes: body.length, gzipBytes: gzipSync(body).length }
}
