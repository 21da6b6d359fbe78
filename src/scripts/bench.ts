// `npm run bench`: measures a production build on a throwaway embedded database and prints one
// JSON object. BENCH_SKIP_BUILD=1 reuses the existing .next build.
import { buildSite, startThrowawayServer, waitUntilUp } from './throwawayServer'

const PUBLISHES = Number(process.env.BENCH_PUBLISHES ?? 20)
const port = Number(process.env.BENCH_PORT ?? 3200)

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN
}
const progress = (line: string) => process.stderr.write(`[bench] ${line}\n`)

if (process.env.BENCH_SKIP_BUILD !== '1') {
  progress('next build …')
  buildSite()
}
const server = await startThrowawayServer('bench', port, { logsToStderr: true })
try {
  await waitUntilUp(`${server.url}/`)
  const result = { publishToVisibleMs: await publishToVisible(server.url) }
  console.log(JSON.stringify(result, null, 2))
} finally {
  await server.stop()
}

/** Publish a framework's new "best for" through REST; time until an anonymous GET / shows it. */
async function publishToVisible(base: string) {
  const credentials = { email: 'bench@example.com', password: 'bench-password-1' }
  await fetch(`${base}/api/users/first-register`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ ...credentials, 'confirm-password': credentials.password }),
  })
  const login = await fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(credentials),
  })
  const { token } = (await login.json()) as { token: string }
  const auth = { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' }
  const found = await fetch(`${base}/api/frameworks?where[slug][equals]=fastapi&depth=0`, {
    headers: auth,
  })
  const id = ((await found.json()) as { docs: { id: number }[] }).docs[0]!.id
  await fetch(`${base}/`) // warm the cache

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
  const round = (n: number) => Math.round(n * 10) / 10
  return {
    n: samples.length,
    p50: round(percentile(samples, 50)),
    p95: round(percentile(samples, 95)),
    max: round(Math.max(...samples)),
  }
}
