// `npm run bench`, measurement (docs/measurement.md): what readers' beacons cost. POST /collect's
// throughput and p99 on the one production instance's beacon collector (COLLECT_PORT, where
// Varnish sends beacons) and on its Next route (the fallback), the guide's throughput through Varnish with
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

export async function benchMeasurement(
  app: string,
  collector: string,
  varnish: Varnish,
  databaseUrl: string,
) {
  const counted = await countedEvents(app, databaseUrl)
  const runs: BeaconLoad[] = []
  const run = async (result: Promise<BeaconLoad>) => {
    runs.push(await result)
    freshReaders(runs.at(-1)!)
    return runs.at(-1)!
  }
  const beaconsTo = (url: string, options: typeof BEACONS, oneClient = false) =>
    run(beaconLoad(`${url}/collect`, options, { firstReader: readers, oneClient }))
  // Warms both ways in (their live paths, the day's salt) and both JITs.
  await beaconsTo(collector, { ...BEACONS, duration: 3 })
  await beaconsTo(app, { ...BEACONS, duration: 3 })
  // The collector, where Varnish sends beacons: flat out twice, then at the goal's rate.
  const collectorFlatOut = [
    await beaconsTo(collector, BEACONS),
    await beaconsTo(collector, BEACONS),
  ]
  const beacons = {
    load: BEACONS,
    flatOut: meanOfBeacons(collectorFlatOut),
    atGoalRate: await beaconsTo(collector, BEACONS_AT_GOAL),
    oneClient: await beaconsTo(collector, ONE_CLIENT, true),
  }
  // Next's route (/collect without Varnish, or with no collector up), against Next's own floor
  // on this machine, the smallest answer a route of the app gives, under the same load and in
  // A-B-B-A order: a beacon there costs what any request to Next costs.
  const routeFlatOut = [await beaconsTo(app, BEACONS)]
  const floor = [await load(`${app}/robots.txt`, BEACONS), await load(`${app}/robots.txt`, BEACONS)]
  routeFlatOut.push(await beaconsTo(app, BEACONS))
  const nextRoute = {
    flatOut: meanOfBeacons(routeFlatOut),
    robotsTxt: mean(floor),
    flatOutToRobotsTxtThroughput:
      Math.round((meanOfBeacons(routeFlatOut).beaconsPerSec / mean(floor).requestsPerSec) * 100) /
      100,
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
    // Offered as a busy site would see it, below what the machine can do: what the flood costs
    // readers there, without the generators' and Varnish's contest for the cores of flat out.
    atFixedRate: await atRate(page, underFlood),
  }

  const answered = (status: string) => runs.reduce((sum, r) => sum + (r.statuses[status] ?? 0), 0)
  return {
    goals: GOALS,
    beacons,
    nextRoute,
    pages,
    beaconScript: await beaconScript(app),
    // Every beacon the app answered 204 (all counted: browsers' agents, no DNT), found in Postgres.
    answered204: answered('204'),
    answered429: answered('429'),
    countedInPostgres: await counted(),
  }
}

/** The guide at PAGES_AT_RATE, alone and beside a flood, and the throughput ratio of the two. */
async function atRate(
  page: string,
  underFlood: (options: typeof PAGES_AT_RATE) => Promise<Awaited<ReturnType<typeof load>>>,
) {
  const alone = await load(page, PAGES_AT_RATE)
  const flooded = await underFlood(PAGES_AT_RATE)
  return {
    load: PAGES_AT_RATE,
    alone,
    underFlood: flooded,
    throughputUnderFloodRatio: throughputRatio(flooded, alone),
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
