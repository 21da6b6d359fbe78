// `npm run bench`, the shipped proxy (deploy/varnish) in front of the bench's app: throughput and
// latency against bare nginx serving the same bytes, the hit ratio and the app's share of a steady
// load, and publish→visible through it (the purge on publish).
import autocannon from 'autocannon'
import { randomBytes } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { freePort } from './throwaway'

import { startNginx } from './nginx'
import { adminToken, authHeader, docBySlug } from './siteApi'
import { startVarnish } from './varnish'

const PUBLISHES = Number(process.env.BENCH_PUBLISHES ?? 20)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10)
// As the nginx comparison in bench.ts: 16 connections, and latency again at a fixed rate.
const LOAD = { connections: 16, duration: SECONDS }
const AT_RATE = { ...LOAD, overallRate: 2000 }
// A steady load well below the ceiling, over the pages a reader moves between.
const STEADY = { connections: 8, duration: SECONDS, overallRate: 500 }
const STEADY_PATHS = ['/', '/guides', '/guides/backend-frameworks-2026']

const varnishPort = await freePort()
const purgeSecret = randomBytes(16).toString('hex')

/** What the app needs in its environment to purge this bench's Varnish on publish. */
export const purgeEnv = {
  PURGE_URLS: `http://127.0.0.1:${varnishPort}`,
  PURGE_SECRET: purgeSecret,
}

const progress = (line: string) => process.stderr.write(`[bench] ${line}\n`)
const round = (n: number) => Math.round(n * 10) / 10
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN
}

async function load(url: string, options: typeof LOAD & { overallRate?: number }) {
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

const mean = (runs: LoadResult[]) => {
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

/** The app at `app` (started with purgeEnv) behind Varnish, beside bare nginx. */
export async function benchProxy(app: string) {
  const varnish = await startVarnish('bench-varnish', {
    port: varnishPort,
    upstreams: [new URL(app).host],
    purgeSecret,
  })
  const staticPort = await freePort()
  const nginx = await startNginx('bench-bare', {
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
    const html = await (await fetch(`${app}/`)).text()
    mkdirSync(path.join(nginx.dir, 'static'), { recursive: true })
    writeFileSync(path.join(nginx.dir, 'static', 'index.html'), html)
    const proxied = `${varnish.url}/`
    const bare = `http://127.0.0.1:${staticPort}/`
    for (const url of [proxied, bare]) {
      await (await fetch(url)).text()
      await autocannon({ url, connections: LOAD.connections, duration: 3 })
    }
    // A-B-B-A: drift over the run affects both alike.
    const proxyRuns = [await load(proxied, LOAD)]
    const bareRuns = [await load(bare, LOAD), await load(bare, LOAD)]
    proxyRuns.push(await load(proxied, LOAD))
    const throughVarnish = mean(proxyRuns)
    const bareNginx = mean(bareRuns)
    const atFixedRate = {
      load: AT_RATE,
      guideThroughVarnish: await load(proxied, AT_RATE),
      bareNginxStaticFile: await load(bare, AT_RATE),
    }
    return {
      load: LOAD,
      guideThroughVarnish: throughVarnish,
      bareNginxStaticFile: bareNginx,
      varnishToBareNginxThroughput:
        Math.round((throughVarnish.requestsPerSec / bareNginx.requestsPerSec) * 100) / 100,
      atFixedRate,
      steadyLoad: await steadyLoad(varnish),
      publishToVisibleMs: await publishToVisible(app, varnish.url),
    }
  } finally {
    await nginx.stop()
    await varnish.stop()
  }
}

/** A steady load over a few pages: how much of it the cache answered, how much reached the app. */
async function steadyLoad(varnish: Awaited<ReturnType<typeof startVarnish>>) {
  for (const page of STEADY_PATHS) await (await fetch(`${varnish.url}${page}`)).text()
  const before = varnish.stats()
  progress(`steady: ${STEADY.overallRate} req/s × ${SECONDS} s over ${STEADY_PATHS.join(' ')}`)
  const result = await autocannon({
    url: varnish.url,
    ...STEADY,
    requests: STEADY_PATHS.map((page) => ({ method: 'GET', path: page })),
  })
  const after = varnish.stats()
  const delta = (name: string) => (after[name] ?? 0) - (before[name] ?? 0)
  const hits = delta('MAIN.cache_hit')
  const misses = delta('MAIN.cache_miss')
  return {
    load: { ...STEADY, paths: STEADY_PATHS },
    requests: result.requests.total,
    errors: result.errors + result.timeouts + result.non2xx,
    hitRatio: Math.round((hits / Math.max(1, hits + misses)) * 10000) / 10000,
    // Fetches Varnish made from the app (misses and passes), health probes not included.
    appRequests: delta('MAIN.backend_req'),
  }
}

/** Publish through the app's REST API; time until an anonymous GET / through Varnish shows it. */
async function publishToVisible(app: string, proxy: string) {
  const token = await adminToken(app, { email: 'bench@example.com', password: 'bench-password-1' })
  const { id } = await docBySlug(app, token, 'frameworks', 'fastapi')
  await (await fetch(`${proxy}/`)).text() // in the cache
  const samples: number[] = []
  for (let i = 1; i <= PUBLISHES; i++) {
    const text = `Proxy bench publish ${i} ${Date.now()}`
    const saved = await fetch(`${app}/api/frameworks/${id}`, {
      method: 'PATCH',
      headers: { ...authHeader(token), 'Content-Type': 'application/json' },
      body: JSON.stringify({ bestFor: text, _status: 'published' }),
    })
    if (!saved.ok) throw new Error(`publish ${i} failed: HTTP ${saved.status}`)
    const start = performance.now()
    for (;;) {
      if ((await (await fetch(`${proxy}/`)).text()).includes(text)) break
      if (performance.now() - start > 10_000) throw new Error(`publish ${i} not visible in 10 s`)
      await sleep(5)
    }
    samples.push(performance.now() - start)
    progress(`publish ${i}/${PUBLISHES} through Varnish: ${samples.at(-1)!.toFixed(0)} ms`)
  }
  return {
    n: samples.length,
    p50: round(percentile(samples, 50)),
    p95: round(percentile(samples, 95)),
    max: round(Math.max(...samples)),
  }
}
