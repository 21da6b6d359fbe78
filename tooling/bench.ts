// `npm run bench`: measures a production build on a throwaway embedded database, prints one JSON
// object on stdout (progress goes to stderr) and records it as the `bench` part of
// docs/benchmarks/latest.json. BENCH_SKIP_BUILD=1 reuses the existing build. BENCH_SECTIONS
// (comma-separated: pages, measurement) runs only those; the figures of the others stay recorded.
import { gzipSync } from 'node:zlib'

import { freePort, sqlClient } from './throwaway'

import {
  abba,
  load,
  mean,
  nginxWithStaticCopy,
  progress,
  publishToVisible,
  throughputRatio,
  warm,
} from './benchKit'
import { ownScripts, weightedVariants } from './benchWeights'
import { benchMeasurement } from './benchMeasurement'
import { benchProxy, startBenchVarnish } from './benchProxy'
import { recordedResults, recordResults, recordSections, runStamp } from './benchResults'
import { buildSite, startThrowawayServer } from './throwawayServer'

const LOAD = { connections: 64, duration: Number(process.env.BENCH_SECONDS ?? 10) }
// nginx answers in well under a millisecond: with 64 connections the load generator, on the same
// cores, would be measuring its own queue. Both sides of the proxy comparison use this load.
const PROXY_LOAD = { ...LOAD, connections: 16 }
// Flat out, the load generator is the bottleneck and its own pauses set the p99. Latency is also
// measured at a fixed rate below that, as a busy site would see it.
const PROXY_LATENCY_LOAD = { ...PROXY_LOAD, overallRate: 2000 }
const port = Number(process.env.BENCH_PORT ?? 3200)
const SECTIONS = ['pages', 'measurement'] as const
const chosen = (process.env.BENCH_SECTIONS ?? SECTIONS.join(',')).split(',').map((s) => s.trim())
const unknown = chosen.filter((s) => !(SECTIONS as readonly string[]).includes(s))
if (unknown.length > 0) {
  throw new Error(`BENCH_SECTIONS: no section ${unknown.join(', ')} (${SECTIONS.join(', ')})`)
}
const runs = (section: (typeof SECTIONS)[number]) => chosen.includes(section)
let readings = 0 // of pg_stat_database, each a transaction of its own

// The benchmark's own build, with its ceiling page, in .next-bench (next.config.ts).
process.env.BENCH_BUILD = '1'
if (process.env.BENCH_SKIP_BUILD !== '1') {
  progress('next build …')
  if (!buildSite()) process.exit(1)
}
const pgPort = await freePort()
// The app's beacon collector (src/lib/analytics/collector.ts), where Varnish sends /collect.
const collectPort = await freePort()
// Varnish first: the app purges it on every publish from its first one on.
const { varnish, purgeEnv } = await startBenchVarnish(port, collectPort)
const server = await startThrowawayServer('bench', port, {
  logsToStderr: true,
  // No job runs during the measurement: every query counted is one the page made.
  env: {
    EMBEDDED_PG_PORT: String(pgPort),
    JOBS_INTERVAL_SECONDS: '3600',
    // Beacons come straight to the app and through Varnish, which appends its client's address
    // (127.0.0.1). Each simulated reader names its own address in X-Forwarded-For, as a CDN in
    // front would: two hops take that entry either way, so the rate limit (its default, 60 a
    // minute a client) meets thousands of readers, as on a live site, not one client.
    ANALYTICS_PROXY_HOPS: '2',
    COLLECT_PORT: String(collectPort),
    ...purgeEnv,
  },
}).catch(async (error: unknown) => {
  await varnish.stop()
  throw error
})
// The server's own embedded cluster (the credentials of src/lib/database/embeddedPostgres.ts).
const databaseUrl = `postgres://postgres:postgres@127.0.0.1:${pgPort}/guide`
try {
  const result = {
    ...(runs('pages') ? await pages() : {}),
    // Last: its beacons are the only rows it writes, and they stay out of the page figures.
    ...(runs('measurement')
      ? {
          measurement: {
            ...runStamp(),
            ...(await benchMeasurement(
              server.url,
              `http://127.0.0.1:${collectPort}`,
              varnish,
              databaseUrl,
            )),
          },
        }
      : {}),
  }
  console.log(JSON.stringify(result, null, 2))
  if (chosen.length === SECTIONS.length) recordResults('bench', result)
  else recordSections('bench', result, { restamp: runs('pages') })
} finally {
  await server.stop()
  await varnish.stop()
}

/** The app's pages: throughput, queries, the proxies, page weight, publish→visible. */
async function pages() {
  const db = sqlClient(databaseUrl)
  await db.connect()
  const guidePath = '/'
  const ceilingPath = '/bench/ceiling'
  const twinPath = '/index.md'
  await warm(
    [guidePath, ceilingPath, twinPath].map((page) => `${server.url}${page}`),
    LOAD.connections,
  )

  // Postgres counts transactions, not requests; whatever the server does on its own (idle
  // connections, autovacuum) shows up in an idle window of the same length, measured first.
  const idleStart = await transactions(db)
  await new Promise((resolve) => setTimeout(resolve, LOAD.duration * 1000))
  const idle = (await transactions(db)) - idleStart
  // A-B-B-A order: a drift of the machine over the run (JIT, heat) affects both pages alike.
  const loadStart = await transactions(db)
  const guideRuns = [await load(`${server.url}${guidePath}`, LOAD)]
  const underLoad = (await transactions(db)) - loadStart
  const ceilingRuns = [await load(`${server.url}${ceilingPath}`, LOAD)]
  ceilingRuns.push(await load(`${server.url}${ceilingPath}`, LOAD))
  guideRuns.push(await load(`${server.url}${guidePath}`, LOAD))
  const guide = mean(guideRuns)
  const ceiling = mean(ceilingRuns)
  // The guide's Markdown twin, what agents fetch, under the same load (and its queries).
  const twinStart = await transactions(db)
  const markdownTwin = {
    ...(await load(`${server.url}${twinPath}`, LOAD)),
    postgresTransactions: (await transactions(db)) - twinStart,
  }
  await db.end()

  return {
    load: LOAD,
    guide,
    ceiling,
    guideToCeilingThroughput: throughputRatio(guide, ceiling),
    markdownTwin,
    postgresTransactions: {
      duringGuideLoad: underLoad,
      duringIdleWindow: idle,
      attributableToGuideLoad: Math.max(0, underLoad - idle),
    },
    proxy: await throughProxy(server.url, guidePath),
    pageWeight: await pageWeight(server.url, guidePath, ceilingPath),
    // The same figures from the run recorded before this one: before and after a change.
    pageWeightBefore: recordedBefore('pageWeight'),
    publishToVisibleMs: await publishToVisible(server.url, `${server.url}/`, ''),
    varnish: await benchProxy(server.url, varnish),
    readerWeights: {
      ...(await weightedVariants(varnish)),
      ownScriptsGzipBytes: await ownScripts(server.url),
    },
  }
}

/**
 * The repo's nginx config in front of the app, beside the same nginx serving the guide's bytes as
 * a static file: what the micro-cache costs against the fastest nginx can answer.
 */
async function throughProxy(app: string, guidePath: string) {
  const html = await (await fetch(`${app}${guidePath}`)).text()
  const { nginx, bare } = await nginxWithStaticCopy('bench-proxy', app, html)
  try {
    const proxied = `${nginx.url}${guidePath}`
    await warm([proxied, bare], LOAD.connections)
    const { a: proxy, b: bareNginx } = await abba(proxied, bare, PROXY_LOAD)
    const atRate = {
      load: PROXY_LATENCY_LOAD,
      guideThroughProxy: await load(proxied, PROXY_LATENCY_LOAD),
      bareNginxStaticFile: await load(bare, PROXY_LATENCY_LOAD),
    }
    return {
      load: PROXY_LOAD,
      guideThroughProxy: proxy,
      bareNginxStaticFile: bareNginx,
      proxyToBareNginxThroughput: throughputRatio(proxy, bareNginx),
      atFixedRate: atRate,
      bytes: Buffer.byteLength(html),
    }
  } finally {
    await nginx.stop()
  }
}

/**
 * Committed and rolled-back transactions in the app's database so far: every query is in one.
 * The reading is a transaction of its own, which the next reading sees: it is not counted.
 */
async function transactions(db: ReturnType<typeof sqlClient>): Promise<number> {
  await new Promise((resolve) => setTimeout(resolve, 1500)) // backends report stats lazily
  const { rows } = await db.query<{ n: string }>(
    "SELECT xact_commit + xact_rollback AS n FROM pg_stat_database WHERE datname = 'guide'",
  )
  return Number(rows[0]!.n) - readings++
}

/** Gzipped bytes of each page's HTML, and of the JavaScript the guide loads. */
async function pageWeight(base: string, guidePath: string, ceilingPath: string) {
  const gz = (body: string | Buffer) => gzipSync(body).length
  const html = await (await fetch(`${base}${guidePath}`)).text()
  const ceilingHtml = await (await fetch(`${base}${ceilingPath}`)).text()
  // Modern browsers skip `nomodule` scripts (Next's legacy polyfills): counted apart.
  const tags = [...html.matchAll(/<script[^>]+src="([^"]+)"[^>]*>/g)]
  const srcs = (legacy: boolean) => [
    ...new Set(tags.filter((t) => /nomodule/i.test(t[0]) === legacy).map((t) => t[1]!)),
  ]
  const gzTotal = async (list: string[]) => {
    const bodies = await Promise.all(
      list.map(async (src) => Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer())),
    )
    return bodies.reduce((sum, body) => sum + gz(body), 0)
  }
  const unique = srcs(false)
  return {
    guideHtmlBytes: Buffer.byteLength(html),
    guideHtmlGzipBytes: gz(html),
    ceilingHtmlBytes: Buffer.byteLength(ceilingHtml),
    jsFiles: unique.length,
    jsGzipBytes: await gzTotal(unique),
    legacyPolyfillGzipBytes: await gzTotal(srcs(true)),
  }
}

/** A part of the last recorded bench run (docs/benchmarks/latest.json), with its commit. */
function recordedBefore(key: string): unknown {
  const bench = recordedResults().bench as Record<string, unknown> | undefined
  return bench?.[key] === undefined ? null : { commit: bench.commit, ...(bench[key] as object) }
}
