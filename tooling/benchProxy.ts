// `npm run bench`, the shipped proxy (deploy/varnish) in front of the bench's app: throughput and
// latency against bare nginx serving the same bytes, the hit ratio and the app's share of a steady
// load, and publish→visible through it (the purge on publish). Varnish starts before the app, so
// every purge the app sends (the bench publishes long before it measures Varnish) finds it there.
import autocannon from 'autocannon'
import { randomBytes } from 'node:crypto'

import { freePort } from './throwaway'

import {
  abba,
  load,
  nginxWithStaticCopy,
  progress,
  publishToVisible,
  throughputRatio,
  warm,
} from './benchKit'
import { startVarnish, type Varnish } from './varnish'

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10)
// As the nginx comparison in bench.ts: 16 connections, and latency again at a fixed rate.
const LOAD = { connections: 16, duration: SECONDS }
const AT_RATE = { ...LOAD, overallRate: 2000 }
// A steady load well below the ceiling, over the pages a reader moves between.
const STEADY = { connections: 8, duration: SECONDS, overallRate: 500 }
const STEADY_PATHS = ['/', '/guides', '/guides/backend-frameworks-2026']

/**
 * The shipped Varnish in front of the app that will listen on `appPort`, and what the app needs in
 * its environment to purge it. Until the app is up Varnish answers 503 (its probe fails).
 */
export async function startBenchVarnish(appPort: number, collectPort: number) {
  const purgeSecret = randomBytes(16).toString('hex')
  const varnish = await startVarnish('bench-varnish', {
    port: await freePort(),
    upstreams: [`127.0.0.1:${appPort}`],
    collectors: [`127.0.0.1:${collectPort}`],
    purgeSecret,
  })
  return { varnish, purgeEnv: { PURGE_URLS: varnish.url, PURGE_SECRET: purgeSecret } }
}

/** The app at `app`, started with `varnish`'s purgeEnv, behind it, beside bare nginx. */
export async function benchProxy(app: string, varnish: Varnish) {
  const html = await (await fetch(`${app}/`)).text()
  const { nginx, bare } = await nginxWithStaticCopy('bench-bare', app, html)
  try {
    const proxied = `${varnish.url}/`
    await warm([proxied, bare], LOAD.connections)
    const { a: throughVarnish, b: bareNginx } = await abba(proxied, bare, LOAD)
    const atFixedRate = {
      load: AT_RATE,
      guideThroughVarnish: await load(proxied, AT_RATE),
      bareNginxStaticFile: await load(bare, AT_RATE),
    }
    return {
      load: LOAD,
      guideThroughVarnish: throughVarnish,
      bareNginxStaticFile: bareNginx,
      varnishToBareNginxThroughput: throughputRatio(throughVarnish, bareNginx),
      atFixedRate,
      steadyLoad: await steadyLoad(varnish),
      publishToVisibleMs: await publishToVisible(app, `${varnish.url}/`, ' through Varnish'),
    }
  } finally {
    await nginx.stop()
  }
}

/** A steady load over a few pages: how much of it the cache answered, how much reached the app. */
async function steadyLoad(varnish: Varnish) {
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
