import { readdirSync } from 'node:fs'

import { expect, test } from '@playwright/test'

import { sqlClient } from '../../tooling/throwaway'
import { JOBS_LOCK, jobsTokenFor } from '@/lib/jobs/token'
import type { ThrowawayServer } from '../../tooling/throwawayServer'

import { expectDraftSaved, openDocument, schedulePublish, signIn } from '../helpers/e2eAdmin'
import { authHeader, docBySlug } from '../../tooling/siteApi'

import { firstAdmin } from '../helpers/e2eUsers'
import {
  controlledPostgres,
  firstAdminToken,
  stackSecret,
  startApp,
  startRedis,
  type ControlledPostgres,
  type Redis,
} from '../helpers/stack'

// Two app instances on one Postgres, sharing Next's cache through Debian's redis-server.
test.describe.configure({ mode: 'serial' })

let postgres: ControlledPostgres
let redis: Redis
let a: ThrowawayServer
let b: ThrowawayServer
let auth: Record<string, string>
let axumId = 0
let secret = ''

const text = async (server: ThrowawayServer, path = '/') =>
  (await fetch(`${server.url}${path}`)).text()

test.beforeAll(async () => {
  test.setTimeout(300_000)
  postgres = await controlledPostgres('cluster-pg')
  redis = await startRedis()
  secret = stackSecret()
  const env = {
    DATABASE_URL: postgres.url,
    REDIS_URL: redis.url,
    PAYLOAD_SECRET: secret,
    JOBS_INTERVAL_SECONDS: '1',
  }
  // Started together on an empty database: they take turns to migrate and seed.
  ;[a, b] = await Promise.all([startApp('cluster-a', env), startApp('cluster-b', env)])
  const token = await firstAdminToken(a.url)
  auth = authHeader(token)
  axumId = (await docBySlug(a.url, token, 'frameworks', 'axum')).id
})

test.afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()])
  await redis?.stop()
  await postgres?.remove()
})

test('two instances started together migrate and seed the database once', async () => {
  const db = sqlClient(postgres.url)
  await db.connect()
  try {
    const { rows } = await db.query<{ name: string; batch: number }>(
      'select name, batch from payload_migrations order by name',
    )
    const committed = readdirSync('src/migrations')
      .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
      .map((file) => file.replace(/\.ts$/, ''))
      .sort()
    // Each migration once, all in one batch: one instance migrated, the other found it done.
    expect(rows.map((row) => row.name)).toEqual(committed)
    expect(new Set(rows.map((row) => String(row.batch)))).toEqual(new Set(['1']))
  } finally {
    await db.end()
  }
  const frameworks = await fetch(`${b.url}/api/frameworks?limit=0`, { headers: auth })
  expect(((await frameworks.json()) as { totalDocs: number }).totalDocs).toBe(8)
  for (const server of [a, b]) {
    expect(await text(server)).toContain('What backend frameworks to use in 2026')
  }
})

test('an instance skips a round of jobs while another holds the jobs lock', async () => {
  const runDue = async (server: ThrowawayServer) => {
    const response = await fetch(`${server.url}/api/jobs/run-due`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${jobsTokenFor(secret)}` },
    })
    expect(response.status).toBe(200)
    return (await response.json()) as { ran: boolean }
  }
  // This test plays the instance that is running jobs.
  const holder = sqlClient(postgres.url)
  await holder.connect()
  try {
    await holder.query('select pg_advisory_lock(hashtext($1))', [JOBS_LOCK])
    expect(await runDue(a)).toEqual({
      ran: false,
      reason: 'another instance is running the job queue',
    })
    expect((await runDue(b)).ran).toBe(false)
    await holder.query('select pg_advisory_unlock(hashtext($1))', [JOBS_LOCK])
    await expect.poll(async () => (await runDue(a)).ran).toBe(true)
  } finally {
    await holder.end()
  }
})

test('a publish on instance A is served by instance B within 1 s', async () => {
  expect(await text(b)).toContain('Rust teams building for raw performance') // B has it cached
  const published = `Rust teams, published on A (${Date.now()})`
  const saved = await fetch(`${a.url}/api/frameworks/${axumId}`, {
    method: 'PATCH',
    headers: { ...auth, 'Content-Type': 'application/json' },
    body: JSON.stringify({ bestFor: published, _status: 'published' }),
  })
  expect(saved.status, await saved.text()).toBe(200)
  const started = Date.now()
  await expect
    .poll(async () => (await text(b)).includes(published), { timeout: 1_000, intervals: [50] })
    .toBe(true)
  console.log(`[cluster] instance B served A's publish after ${Date.now() - started} ms`)
})

test('a scheduled publish fires exactly once with both instances running jobs', async ({
  browser,
}) => {
  test.setTimeout(180_000)
  const context = await browser.newContext({ baseURL: a.url })
  const editor = await context.newPage()
  await signIn(editor, firstAdmin)
  await openDocument(editor, 'frameworks', 'Axum')
  const scheduled = `Rust teams, scheduled (${Date.now()})`
  await editor.locator('#field-bestFor').fill(scheduled)
  await expectDraftSaved(editor)
  const at = await schedulePublish(editor)
  await context.close()

  await expect
    .poll(async () => (await text(b)).includes(scheduled), { timeout: 120_000, intervals: [1000] })
    .toBe(true)
  expect(Date.now()).toBeGreaterThanOrEqual(at.getTime())
  // Once its job has left the queue, no ticker can publish it a second time.
  await expect.poll(() => queuedJobs('schedulePublish', ['doc', 'value'], axumId)).toBe(0)
  const versions = await fetch(
    `${a.url}/api/frameworks/versions?depth=0&limit=0` +
      `&where[parent][equals]=${axumId}` +
      `&where[version._status][equals]=published` +
      `&where[version.bestFor][equals]=${encodeURIComponent(scheduled)}`,
    { headers: auth },
  )
  expect(versions.status).toBe(200)
  expect(((await versions.json()) as { totalDocs: number }).totalDocs).toBe(1)
})

test('a scheduled release fires exactly once with both instances running jobs', async () => {
  test.setTimeout(180_000)
  const laravel = (await docBySlug(a.url, await firstAdminToken(a.url), 'frameworks', 'laravel')).id
  const stamp = `PHP teams, released on a schedule (${Date.now()})`
  const note = `Laravel for PHP teams, on a schedule (${Date.now()})`
  const json = { ...auth, 'Content-Type': 'application/json' }
  const drafted = await fetch(`${a.url}/api/frameworks/${laravel}?draft=true`, {
    method: 'PATCH',
    headers: json,
    body: JSON.stringify({ bestFor: stamp }),
  })
  expect(drafted.status, await drafted.text()).toBe(200)
  const at = new Date(Date.now() + 5_000)
  const created = await fetch(`${b.url}/api/releases`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({
      name: `Scheduled on the cluster ${Date.now()}`,
      note,
      items: [{ doc: { relationTo: 'frameworks', value: laravel } }],
      publishAt: at.toISOString(),
    }),
  })
  expect(created.status, await created.clone().text()).toBe(201)
  const release = ((await created.json()) as { doc: { id: number; status: string } }).doc
  expect(release.status).toBe('scheduled')
  for (const server of [a, b]) expect(await text(server)).not.toContain(stamp)

  for (const server of [a, b]) {
    await expect
      .poll(async () => (await text(server)).includes(stamp), {
        timeout: 120_000,
        intervals: [1000],
      })
      .toBe(true)
  }
  expect(Date.now()).toBeGreaterThanOrEqual(at.getTime())
  // Once its job has left the queue, no ticker can publish it a second time.
  await expect.poll(() => queuedJobs('publishRelease', ['release'], release.id)).toBe(0)
  for (const server of [a, b]) {
    const html = await text(server)
    expect(html).toContain(stamp)
    expect(html.slice(html.indexOf('id="what-changed"'))).toContain(note)
  }

  const read = async (path: string) => {
    const response = await fetch(`${a.url}/api/${path}`, { headers: auth })
    expect(response.status, path).toBe(200)
    return (await response.json()) as { totalDocs: number; status?: string }
  }
  expect((await read(`releases/${release.id}?depth=0`)).status).toBe('published')
  const changes = await read(`guide-changes?depth=0&limit=0&where[release][equals]=${release.id}`)
  expect(changes.totalDocs, 'one "What changed" entry for the release').toBe(1)
  const versions = await read(
    `frameworks/versions?depth=0&limit=0&where[parent][equals]=${laravel}` +
      `&where[version._status][equals]=published` +
      `&where[version.bestFor][equals]=${encodeURIComponent(stamp)}`,
  )
  expect(versions.totalDocs, 'one published version').toBe(1)
  // Payload deletes a job once it succeeds: one that failed would stay, with its error.
  const db = sqlClient(postgres.url)
  await db.connect()
  try {
    const { rows } = await db.query<{ has_error: boolean; error: unknown }>(
      `select has_error, error from payload_jobs where task_slug = 'publishRelease' and (input->>'release')::int = $1`,
      [release.id],
    )
    expect(rows).toEqual([])
  } finally {
    await db.end()
  }
})

/**
 * Jobs of `task` whose input has `value` at `path` still in the queue, run or not. Payload deletes
 * a job that succeeded and keeps one that failed (with its error): 0 means it ran, and for good.
 */
async function queuedJobs(task: string, path: string[], value: string | number) {
  const db = sqlClient(postgres.url)
  await db.connect()
  try {
    const { rows } = await db.query<{ n: string }>(
      'select count(*) as n from payload_jobs where task_slug = $1 and input #>> $2 = $3',
      [task, path, String(value)],
    )
    return Number(rows[0]!.n)
  } finally {
    await db.end()
  }
}
