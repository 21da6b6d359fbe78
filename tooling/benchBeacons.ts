// `npm run bench`, measurement: readers' beacons as a load (benchMeasurement.ts). Each simulated
// reader sends one visit's worth (view, reached, cta, copy) from an address of its own in
// X-Forwarded-For, so the per-client rate limit meets many readers, as it would on a live site,
// and not one client flooding it. The app must take that entry: ANALYTICS_PROXY_HOPS (bench.ts).
import autocannon from 'autocannon'
import { spawn } from 'node:child_process'

import { progress, round, type Load } from './benchKit'

// A browser's agent: an empty one, or a scripted client's, is a bot and counts nothing.
const AGENT = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0'
// The home guide and the guides archive: live on every seeded site.
const PATHS = ['/', '/guides']
const VISIT = [
  { e: 'view', r: 'https://news.ycombinator.com/item?id=1', u: { s: 'hn' }, w: 1280 },
  { e: 'reached' },
  { e: 'cta' },
  { e: 'copy' },
]

/** The n-th address of 10.0.0.0/8: a reader of its own for each block of VISIT.length beacons. */
const address = (n: number) => `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`

/**
 * Beacons to `url` (a /collect) under `options`. Readers are numbered from `firstReader`, so runs
 * within one rate-limit minute do not share readers; `oneClient` sends every beacon from one
 * address instead, as a single client flooding the endpoint would. Statuses are counted apart:
 * 204 is counted (or deliberately not), 429 refused by the rate limit.
 */
export async function beaconLoad(
  url: string,
  options: Load,
  { firstReader = 0, oneClient = false }: { firstReader?: number; oneClient?: boolean } = {},
) {
  const rate = options.overallRate ? ` at ${options.overallRate}/s` : ''
  const who = oneClient ? 'one client' : 'many readers'
  progress(`${options.connections} connections × ${options.duration} s${rate}: beacons (${who})`)
  let sent = 0
  const result = await autocannon({
    url,
    ...options,
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => {
          const n = sent++
          const reader = oneClient ? firstReader : firstReader + Math.floor(n / VISIT.length)
          const event = VISIT[n % VISIT.length]!
          request.headers = {
            ...request.headers,
            'content-type': 'text/plain;charset=UTF-8',
            'user-agent': AGENT,
            'x-forwarded-for': address(reader),
          }
          request.body = JSON.stringify({ p: PATHS[reader % PATHS.length], ...event })
          return request
        },
      },
    ],
  })
  const statuses = Object.fromEntries(
    Object.entries(result.statusCodeStats ?? {}).map(([code, { count }]) => [code, count ?? 0]),
  )
  return {
    beaconsPerSec: round(result.requests.average),
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    requests: result.requests.total,
    statuses,
    errors: result.errors + result.timeouts,
    readers: oneClient ? 1 : Math.ceil(sent / VISIT.length),
  }
}

export type BeaconLoad = Awaited<ReturnType<typeof beaconLoad>>

/**
 * A beacon load in a process of its own (tooling/benchFlood.ts), beside a load this process
 * generates: two generators in one event loop would measure each other. Resolves once it has
 * started, with its result to come.
 */
export async function floodInChild(url: string, options: Load, firstReader: number) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'tooling/benchFlood.ts', JSON.stringify({ url, options, firstReader })],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  )
  let output = ''
  child.stdout.setEncoding('utf8')
  const started = new Promise<void>((resolve) => {
    child.stdout.on('data', (chunk: string) => {
      output += chunk
      if (output.includes('\n')) resolve()
    })
  })
  const done = new Promise<BeaconLoad>((resolve, reject) =>
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`beacon flood exited with ${code}`))
      resolve(JSON.parse(output.slice(output.indexOf('\n') + 1)) as BeaconLoad)
    }),
  )
  await Promise.race([started, done])
  return { done }
}
