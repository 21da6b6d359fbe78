import { expect, test } from '@playwright/test'

import { authHeader, docBySlug } from '../../tooling/siteApi'

import { appOnOwnPostgres, stopOwnStack, type OwnStack } from '../helpers/stack'

// A production server on a Postgres this test stops in the middle of the run and starts again.
test.describe.configure({ mode: 'serial' })
test.setTimeout(240_000)

let stack: OwnStack
let auth: Record<string, string>

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${stack.app.url}${path}`, { headers, redirect: 'manual' })

test.beforeAll(async () => {
  test.setTimeout(240_000)
  stack = await appOnOwnPostgres('outage')
  auth = authHeader(stack.token)
})

test.afterAll(async () => {
  await stopOwnStack(stack)
})

test('Postgres stops mid-run: the guide stays up, the CMS says 503, and all recovers', async () => {
  const page = await get('/')
  expect(page.status).toBe(200)
  const published = await page.text()
  expect(published).toContain('What backend frameworks to use in 2026')

  // A reader who keeps reloading throughout the outage.
  const readerStatuses: number[] = []
  let reading = true
  const reader = (async () => {
    while (reading) {
      const response = await get('/')
      readerStatuses.push(response.status)
      const body = await response.text()
      if (response.status === 200) expect(body).toContain('Rust teams building for raw performance')
      // Pacing, not waiting for anything: a reader reloads about ten times a second.
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  })()

  await stack.postgres.stop()

  await expect.poll(async () => (await get('/api/health')).status).toBe(503)
  expect(await (await get('/api/health')).json()).toMatchObject({ app: 'up', database: 'down' })

  // The server asks the database about once a second.
  await expect.poll(async () => (await get('/admin', auth)).status, { timeout: 5_000 }).toBe(503)
  const admin = await get('/admin', auth)
  expect(admin.status).toBe(503)
  expect(admin.headers.get('retry-after')).toBe('5')
  expect(await admin.text()).toContain('The database is unavailable')

  const api = await get('/api/frameworks', auth)
  expect(api.status).toBe(503)
  const { errors } = (await api.json()) as { errors: { message: string }[] }
  expect(errors[0]!.message).toMatch(/database is unavailable/)

  const write = await fetch(`${stack.app.url}/api/frameworks`, {
    method: 'POST',
    headers: { ...auth, 'Content-Type': 'application/json' },
    body: JSON.stringify({ name: 'Outage' }),
  })
  expect(write.status).toBe(503)

  // The reader is still being served from the cache: wait for ten more of their reloads (each one
  // checked above) while the database is down, rather than for a fixed time.
  const duringOutage = readerStatuses.length
  await expect
    .poll(() => readerStatuses.length, { timeout: 20_000 })
    .toBeGreaterThanOrEqual(duringOutage + 10)
  await stack.postgres.start()

  // No restart: the same server process notices Postgres is back.
  await expect.poll(async () => (await get('/api/health')).status, { timeout: 20_000 }).toBe(200)
  await expect.poll(async () => (await get('/admin/login')).status, { timeout: 10_000 }).toBe(200)
  const axum = await docBySlug(stack.app.url, stack.token, 'frameworks', 'axum')
  reading = false
  await reader

  // Editing works again, and readers see the publish.
  const text = `Rust teams, after the outage (${Date.now()})`
  const saved = await fetch(`${stack.app.url}/api/frameworks/${axum.id}`, {
    method: 'PATCH',
    headers: { ...auth, 'Content-Type': 'application/json' },
    body: JSON.stringify({ bestFor: text, _status: 'published' }),
  })
  expect(saved.status, await saved.text()).toBe(200)
  await expect.poll(async () => (await (await get('/')).text()).includes(text)).toBe(true)

  expect(readerStatuses.length).toBeGreaterThan(20)
  expect(readerStatuses.filter((status) => status !== 200)).toEqual([])
  console.log(`[outage] reader made ${readerStatuses.length} requests, all 200`)
})
