// `npm run bench`: measures a production build on a throwaway embedded database and prints one
// JSON object on stdout (progress goes to stderr). BENCH_SKIP_BUILD=1 reuses the existing build.
import autocannon from 'autocannon'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

import { freePort, sqlClient } from './throwaway'

import { benchProxy, purgeEnv } from './benchProxy'
import { startNginx } from './nginx'
import { adminToken, docBySlug } from './siteApi'
import { buildSite, startThrowawayServer } from './throwawayServer'

const PUBLISHES = Number(process.env.BENCH_PUBLISHES ?? 20)
const LOAD = { connections: 64, duration: Number(process.env.BENCH_SECONDS ?? 10) }
// nginx answers in well under a millisecond: with 64 connections the load generator, on the same
// cores, would be measuring its own queue. Both sides of the proxy comparison use this load.
const PROXY_LOAD = { ...LOAD, connections: 16 }
// Flat out, the load generator is the bottleneck and its own pauses set the p99. Latency is also
// measured at a fixed rate below that, as a busy site would see it.
const PROXY_LATENCY_LOAD = { ...PROXY_LOAD, overallRate: 2000 }
const port = Number(process.env.BENCH_PORT ?? 3200)
let readings = 0 // of pg_stat_database, each a transaction of its own

const progress = (line: string) => process.stderr.write(`[bench] ${line}\n`)
const round = (n: number) => Math.round(n * 10) / 10
/** a's throughput as a multiple of b's, to two places. */
const throughputRatio = (a: { requestsPerSec: number }, b: { requestsPerSec: number }) =>
  Math.round((a.requestsPerSec / b.requestsPerSec) * 100) / 100
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN
}

// The benchmark's own build, with its ceiling page, in .next-bench (next.config.ts).
process.env.BENCH_BUILD = '1'
if (process.env.BENCH_SKIP_BUILD !== '1') {
  progress('next build …')
  if (!buildSite()) process.exit(1)
}
const pgPort = await freePort()
const server = await startThrowawayServer('bench', port, {
  logsToStderr: true,
  // No job runs during the measurement: every query counted is one the page made.
  env: { EMBEDDED_PG_PORT: String(pgPort), JOBS_INTERVAL_SECONDS: '3600', ...purgeEnv },
})
try {
  // The server's own embedded cluster (the credentials of src/lib/database/embeddedPostgres.ts).
  const db = sqlClient(`postgres://postgres:postgres@127.0.0.1:${pgPort}/guide`)
  await db.connect()
  const guidePath = '/'
  const ceilingPath = '/bench/ceiling'
  const twinPath = '/index.md'
  await warm(server.url, [guidePath, ceilingPath, twinPath])

  // Postgres counts transactions, not requests; whatever the server does on its own (idle
  // connections, autovacuum) shows up in an idle window of the same length, measured first.
  const idleStart = await transactions(db)
  await new Promise((resolve) => setTimeout(resolve, LOAD.duration * 1000))
  const idle = (await transactions(db)) - idleStart
  // A-B-B-A order: a drift of the machine over the run (JIT, heat) affects both pages alike.
  const loadStart = await transactions(db)
  const guideRuns = [await load(`${server.url}${guidePath}`)]
  const underLoad = (await transactions(db)) - loadStart
  const ceilingRuns = [await load(`${server.url}${ceilingPath}`)]
  ceilingRuns.push(await load(`${server.url}${ceilingPath}`))
  guideRuns.push(await load(`${server.url}${guidePath}`))
  const guide = mean(guideRuns)
  const ceiling = mean(ceilingRuns)
  // The guide's Markdown twin, what agents fetch, under the same load (and its queries).
  const twinStart = await transactions(db)
  const markdownTwin = {
    ...(await load(`${server.url}${twinPath}`)),
    postgresTransactions: (await transactions(db)) - twinStart,
  }
  await db.end()

  const result = {
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
    publishToVisibleMs: await publishToVisible(server.url),
    varnish: await benchProxy(server.url),
  }
  console.log(JSON.stringify(result, null, 2))
} finally {
  await server.stop()
}

/**
 * The repo's nginx config in front of the app, beside the same nginx serving the guide's bytes as
 * a static file: what the micro-cache costs against the fastest nginx can answer.
 */
async function throughProxy(app: string, guidePath: string) {
  const staticPort = await freePort()
  const nginx = await startNginx('bench-proxy', {
    port: await freePort(),
    upstream: new URL(app).host,
    extraHttp: (dir) => `
  server {
    listen 127.0.0.1:${staticPort};
    root ${dir}/static;
    location = / { try_files /index.html =404; }
  }`,
  })
  try {
    const html = await (await fetch(`${app}${guidePath}`)).text()
    mkdirSync(path.join(nginx.dir, 'static'), { recursive: true })
    writeFileSync(path.join(nginx.dir, 'static', 'index.html'), html)
    const proxied = `${nginx.url}${guidePath}`
    const bareBase = `http://127.0.0.1:${staticPort}`
    const bare = `${bareBase}/`
    await warm(nginx.url, [guidePath])
    await warm(bareBase, ['/'])
    // A-B-B-A, as above.
    const proxyRuns = [await load(proxied, PROXY_LOAD)]
    const staticRuns = [await load(bare, PROXY_LOAD), await load(bare, PROXY_LOAD)]
    proxyRuns.push(await load(proxied, PROXY_LOAD))
    const proxy = mean(proxyRuns)
    const bareNginx = mean(staticRuns)
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

/** Fills the caches and warms both JITs (server and load generator) so run order does not matter. */
async function warm(base: string, paths: string[]) {
  for (const path of paths) {
    await (await fetch(`${base}${path}`)).text()
    await autocannon({ url: `${base}${path}`, connections: LOAD.connections, duration: 3 })
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

async function load(url: string, options: typeof LOAD & { overallRate?: number } = LOAD) {
  const rate = options.overallRate ? ` at ${options.overallRate} req/s` : ''
  progress(`${options.connections} connections × ${options.duration} s${rate} on ${url}`)
  const result = await autocannon({ url, ...options })
  return {
    requestsPerSec: round(result.requests.average),
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.timeouts + result.non2xx,
  }
}

type LoadResult = Awaited<ReturnType<typeof load>>

/** The average of two runs of the same page; requests and errors are totals. */
function mean(runs: LoadResult[]): LoadResult & { runs: number } {
  const avg = (pick: (r: LoadResult) => number) =>
    round(runs.reduce((s, r) => s + pick(r), 0) / runs.length)
  const sum = (pick: (r: LoadResult) => number) => runs.reduce((s, r) => s + pick(r), 0)
  return {
    requestsPerSec: avg((r) => r.requestsPerSec),
    latencyP50Ms: avg((r) => r.latencyP50Ms),
    latencyP99Ms: avg((r) => r.latencyP99Ms),
    requests: sum((r) => r.requests),
    errors: sum((r) => r.errors),
    runs: runs.length,
  }
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

/** Publish a framework's new "best for" through REST; time until an anonymous GET / shows it. */
async function publishToVisible(base: string) {
  const token = await adminToken(base, { email: 'bench@example.com', password: 'bench-password-1' })
  const auth = { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' }
  const { id } = await docBySlug(base, token, 'frameworks', 'fastapi')

  const samples: number[] = []
  for (let i = 1; i <= PUBLISHES; i++) {
    const text = `Bench publish ${i} ${Date.now()}`
    const saved = await fetch(`${base}/api/frameworks/${id}`, {
      method: 'PATCH',
      headers: auth,
      body: JSON.stringify({ bestFor: text, _status: 'published' }),
    })
    if (!saved.ok) throw new Error(`publish ${i} failed: HTTP ${saved.status}`)
    const start = performance.now()
    for (;;) {
      const html = await (await fetch(`${base}/`)).text()
      if (html.includes(text)) break
      if (performance.now() - start > 10_000) throw new Error(`publish ${i} not visible in 10 s`)
      await new Promise((resolve) => setTimeout(resolve, 5))
    }
    samples.push(performance.now() - start)
    progress(`publish ${i}/${PUBLISHES}: ${samples.at(-1)!.toFixed(0)} ms`)
  }
  return {
    n: samples.length,
    p50: round(percentile(samples, 50)),
    p95: round(percentile(samples, 95)),
    max: round(Math.max(...samples)),
  }
}
