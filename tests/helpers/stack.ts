// Pieces of a production stack for e2e tests that need their own: a Postgres they can stop and
// restart, and app servers (`npm start`) on it.
import { randomBytes } from 'node:crypto'
import { existsSync, rmSync } from 'node:fs'
import path from 'node:path'

import { openDatabase } from '@/lib/database/embeddedPostgres'
import { freePort, throwawayDataDir } from '../../tooling/throwaway'
import { acceptsConnections, startService } from '../../tooling/service'
import { startThrowawayServer, type ThrowawayServer } from '../../tooling/throwawayServer'

import { adminToken } from '../../tooling/siteApi'

import { firstAdmin } from './e2eUsers'

export type ControlledPostgres = {
  url: string
  stop: () => Promise<void>
  start: () => Promise<void>
  remove: () => Promise<void>
}

/** An embedded Postgres in .data/tmp that a test can stop and start again on the same port. */
export async function controlledPostgres(name: string): Promise<ControlledPostgres> {
  const dataDir = throwawayDataDir(name)
  const options = { dir: path.join(dataDir, 'postgres'), port: await freePort(), database: 'guide' }
  let db = await openDatabase(options)
  let running = true
  return {
    url: db.url,
    stop: async () => {
      await db.stop()
      running = false
    },
    start: async () => {
      db = await openDatabase(options)
      running = true
    },
    remove: async () => {
      if (running) await db.stop()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/** One shared secret per stack: every instance must sign and verify the same tokens. */
export const stackSecret = () => randomBytes(32).toString('hex')

/** `npm start` on `databaseUrl`, on a free port, up and serving the guide. */
export async function startApp(
  name: string,
  env: Record<string, string> & { DATABASE_URL: string; PAYLOAD_SECRET: string },
): Promise<ThrowawayServer> {
  return startThrowawayServer(name, await freePort(), { env, logsToStderr: true })
}

/** One production server on its own Postgres (which the test may stop), with its first admin. */
export type OwnStack = { postgres: ControlledPostgres; app: ThrowawayServer; token: string }

export async function appOnOwnPostgres(name: string): Promise<OwnStack> {
  const postgres = await controlledPostgres(`${name}-pg`)
  const app = await startApp(name, { DATABASE_URL: postgres.url, PAYLOAD_SECRET: stackSecret() })
  return { postgres, app, token: await firstAdminToken(app.url) }
}

/** Stops what appOnOwnPostgres started (the app first, as a deploy would). */
export async function stopOwnStack(stack: OwnStack | undefined): Promise<void> {
  await stack?.app.stop()
  await stack?.postgres.remove()
}

/** The first admin of a fresh stack, signed in: a JWT. */
export const firstAdminToken = (base: string) => adminToken(base, firstAdmin)

export type Redis = { url: string; stop: () => Promise<void> }

/** Debian's redis-server on a free loopback port, in memory only. */
export async function startRedis(): Promise<Redis> {
  const bin = process.env.REDIS_SERVER_BIN ?? '/usr/bin/redis-server'
  if (!existsSync(bin)) throw new Error(`${bin} not found: apt-get install -y redis-server`)
  const port = await freePort()
  const redis = await startService(
    'redis-server',
    bin,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore', ready: () => acceptsConnections(port) },
  )
  return { url: `redis://127.0.0.1:${port}`, stop: redis.stop }
}
