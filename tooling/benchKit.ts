// What `npm run bench` measures with, shared by the app's figures (bench.ts) and the proxies'
// (benchProxy.ts): loads, their averages, the bare-nginx baseline and publish→visible.
import autocannon from 'autocannon'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { freePort } from './throwaway'

import { startNginx } from './nginx'
import { adminToken, authHeader, docBySlug } from './siteApi'

export type Load = { connections: number; duration: number; overallRate?: number }

const PUBLISHES = Number(process.env.BENCH_PUBLISHES ?? 20)
/** The bench's own admin, made as the fresh site's first. */
export const BENCH_ADMIN = { email: 'bench@example.com', password: 'bench-password-1' }

export const progress = (line: string) => process.stderr.write(`[bench] ${line}\n`)
export const round = (n: number) => Math.round(n * 10) / 10
/** a's throughput as a multiple of b's, to two places. */
export const throughputRatio = (a: { requestsPerSec: number }, b: { requestsPerSec: number }) =>
  Math.round((a.requestsPerSec / b.requestsPerSec) * 100) / 100
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN
}

export async function load(url: string, options: Load) {
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
export function mean(runs: LoadResult[]): LoadResult & { runs: number } {
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

/** Fills the caches and warms both JITs (server and load generator) so run order does not matter. */
export async function warm(urls: string[], connections: number) {
  for (const url of urls) {
    await (await fetch(url)).text()
    await autocannon({ url, connections, duration: 3 })
  }
}

/**
 * `a` and `b` under the same load, in A-B-B-A order so that drift over the run (JIT, heat)
 * affects both alike: each one's mean of two runs.
 */
export async function abba(a: string, b: string, options: Load) {
  const aRuns = [await load(a, options)]
  const bRuns = [await load(b, options), await load(b, options)]
  aRuns.push(await load(a, options))
  return { a: mean(aRuns), b: mean(bRuns) }
}

/**
 * nginx proxying to `app` (the repo's config, deploy/nginx), which also serves `html` as a
 * static file at `bare`: the fastest answer nginx can give with the same bytes.
 */
export async function nginxWithStaticCopy(name: string, app: string, html: string) {
  const staticPort = await freePort()
  const nginx = await startNginx(name, {
    port: await freePort(),
    upstream: new URL(app).host,
    extraHttp: (dir) => `
  server {
    listen 127.0.0.1:${staticPort};
    root ${dir}/static;
    location = / { try_files /index.html =404; }
  }`,
  })
  mkdirSync(path.join(nginx.dir, 'static'), { recursive: true })
  writeFileSync(path.join(nginx.dir, 'static', 'index.html'), html)
  return { nginx, bare: `http://127.0.0.1:${staticPort}/` }
}

/**
 * Publishes a framework's new "best for" through the app's REST API, `PUBLISHES` times; each
 * time, how long until an anonymous GET of `reader` shows it (`label` names it in the progress).
 */
export async function publishToVisible(app: string, reader: string, label: string) {
  const token = await adminToken(app, BENCH_ADMIN)
  const { id } = await docBySlug(app, token, 'frameworks', 'fastapi')
  await (await fetch(reader)).text() // in the cache
  const samples: number[] = []
  for (let i = 1; i <= PUBLISHES; i++) {
    const text = `Bench publish ${i} ${Date.now()}`
    const saved = await fetch(`${app}/api/frameworks/${id}`, {
      method: 'PATCH',
      headers: { ...authHeader(token), 'Content-Type': 'application/json' },
      body: JSON.stringify({ bestFor: text, _status: 'published' }),
    })
    if (!saved.ok) throw new Error(`publish ${i} failed: HTTP ${saved.status}`)
    const start = performance.now()
    for (;;) {
      if ((await (await fetch(reader)).text()).includes(text)) break
      if (performance.now() - start > 10_000) throw new Error(`publish ${i} not visible in 10 s`)
      await new Promise((resolve) => setTimeout(resolve, 5))
    }
    samples.push(performance.now() - start)
    progress(`publish ${i}/${PUBLISHES}${label}: ${samples.at(-1)!.toFixed(0)} ms`)
  }
  return {
    n: samples.length,
    p50: round(percentile(samples, 50)),
    p95: round(percentile(samples, 95)),
    max: round(Math.max(...samples)),
  }
}
