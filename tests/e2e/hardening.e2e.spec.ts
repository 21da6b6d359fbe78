import { expect, test, type APIRequestContext } from '@playwright/test'

import { adminToken, docBySlug } from '../../tooling/siteApi'
import { adminHeaders } from '../helpers/e2eAdmin'
import { e2eBaseURL, firstAdmin } from '../helpers/e2eUsers'
import { fragmentBomb } from '../helpers/queries'

// Issue 13 over real HTTP against the production server: the request that froze the site, bodies
// past the limit, and preview paths a header cannot hold.

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now()
  const value = await work()
  return { value, ms: performance.now() - started }
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

async function bombBesideHealth(request: APIRequestContext, depth: number, headers = {}) {
  const [bomb, health] = await Promise.all([
    timed(() => request.post('/api/graphql', { headers, data: { query: fragmentBomb(depth) } })),
    timed(() => request.get('/api/health')),
  ])
  return { bomb, health }
}

test('the fragment query is refused at every depth while /api/health keeps answering', async ({
  request,
}) => {
  const headers = await adminHeaders()
  // Anonymous: 401 before anything is parsed.
  const anonymous = await bombBesideHealth(request, 30)
  expect(anonymous.bomb.value.status()).toBe(401)

  const figures: string[] = []
  for (const depth of [10, 22, 30, 60, 200]) {
    const rounds = []
    for (let round = 0; round < 5; round++)
      rounds.push(await bombBesideHealth(request, depth, headers))
    for (const { bomb, health } of rounds) {
      expect(bomb.value.status(), `depth ${depth}`).toBe(400)
      expect(health.value.status()).toBe(200)
    }
    const { bomb } = rounds[0]!
    expect(
      ((await bomb.value.json()) as { errors: { message: string }[] }).errors[0]!.message,
    ).toMatch(/more than 1000 fields|nests|query is .* characters|tokens/)
    const bombMs = median(rounds.map((r) => r.bomb.ms))
    const healthMs = median(rounds.map((r) => r.health.ms))
    figures.push(
      `depth ${depth}: refused in ${bombMs.toFixed(1)} ms, health ${healthMs.toFixed(1)} ms`,
    )
    expect(bombMs, `depth ${depth}: median time to refuse`).toBeLessThan(50)
    expect(healthMs, `depth ${depth}: median health beside it`).toBeLessThan(100)
  }
  console.log(`[hardening] fragment query (median of 5): ${figures.join('; ')}`)
})

test('bodies past the limit get 413, and the wrong content type 415, over HTTP', async ({
  request,
}) => {
  const headers = await adminHeaders()
  const upload = await request.post('/api/media', {
    headers: { ...headers, 'Content-Type': 'multipart/form-data; boundary=x' },
    data: Buffer.alloc(30 * 2 ** 20),
  })
  expect(upload.status()).toBe(413)
  const plain = await request.patch('/api/frameworks/1', {
    headers: { ...headers, 'Content-Type': 'text/plain' },
    data: '{"bestFor":"plain"}',
  })
  expect(plain.status()).toBe(415)
  expect(await plain.text()).toMatch(/Content-Type must be application\/json/)
})

test('a production server names the field and the reason, and stores nothing', async ({
  request,
}) => {
  const headers = await adminHeaders()
  const django = await docBySlug<{ bestFor: string }>(
    e2eBaseURL,
    await adminToken(e2eBaseURL, firstAdmin),
    'frameworks',
    'django',
    { draft: false },
  )
  const refused = await request.patch(`/api/frameworks/${django.id}`, {
    headers,
    data: { bestFor: 'x'.repeat(300), _status: 'published' },
  })
  expect(refused.status()).toBe(400)
  const { errors } = (await refused.json()) as { errors: { message: string }[] }
  expect(errors[0]!.message).toMatch(/bestFor: must be at most 200 characters long/)
  expect(JSON.stringify(errors)).not.toMatch(/\bat \w+ \(|select |insert into/i)
  const after = await request.get(`/api/frameworks/${django.id}?depth=0`, { headers })
  expect(((await after.json()) as { bestFor: string }).bestFor).toBe(django.bestFor)
})

test('preview paths outside Latin-1 are encoded, never a 500; "/\\x" is no site path', async ({
  request,
}) => {
  const exit = await request.get(`/exit-preview?path=${encodeURIComponent('/grüße?q=ü#ä')}`, {
    maxRedirects: 0,
  })
  expect(exit.status()).toBe(307)
  expect(exit.headers().location).toBe('/gr%C3%BC%C3%9Fe?q=%C3%BC#%C3%A4')
  const preview = await request.get(`/preview?path=${encodeURIComponent('/grüße')}`, {
    maxRedirects: 0,
  })
  expect(preview.status()).toBe(401)
  const sneaky = await request.get(`/preview?path=${encodeURIComponent('/\\evil.example')}`, {
    maxRedirects: 0,
  })
  expect(sneaky.status()).toBe(400)
  const exitSneaky = await request.get(
    `/exit-preview?path=${encodeURIComponent('/\\evil.example')}`,
    {
      maxRedirects: 0,
    },
  )
  expect(exitSneaky.headers().location).toBe('/')
})

test('crafted paths get 400 or 404, never a 500, and cost no lookup', async ({ request }) => {
  // Percent-escapes that do not decode: refused before any route tries to read them.
  for (const path of ['/%ff', '/guides/%ff', '/og/pages/%E0%A4%A', '/%c0%af']) {
    const response = await request.get(path)
    expect(response.status(), path).toBe(400)
    expect(await response.text()).toContain('malformed percent-escape')
  }
  // Shapes no slug can have: not found, without a query or a cache entry for them.
  for (const path of [
    `/${'a'.repeat(300)}`,
    `/guides/${'b'.repeat(300)}`,
    '/Guides',
    '/a/b/c',
    '/og/UPPER',
  ]) {
    expect((await request.get(path)).status(), path).toBe(404)
  }
})
