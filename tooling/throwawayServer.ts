import { spawnSync, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { rmSync } from 'node:fs'
import { createRequire } from 'node:module'

import { freePort, throwawayDataDir } from './throwaway'

import { servesPage, startService } from './service'

export type ThrowawayServer = { url: string; process: ChildProcess; stop: () => Promise<void> }

/**
 * `next build` with telemetry off, its output on stderr. Whether it succeeded.
 * It also writes the standalone server, as the Docker image's build does, for the e2e test of it.
 */
export function buildSite(): boolean {
  const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next')
  const build = spawnSync(process.execPath, [nextBin, 'build'], {
    stdio: ['ignore', 2, 2],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      NEXT_OUTPUT: 'standalone',
    },
  })
  return build.status === 0
}

/** The build the e2e and stack suites run: made now, unless E2E_SKIP_BUILD=1 says it is there. */
export function ensureBuild(suite: string): boolean {
  if (process.env.E2E_SKIP_BUILD === '1') return true
  console.log(`[${suite}] next build …`)
  return buildSite()
}

/**
 * `npm start` (migrations, content seed, `next start`) on a fresh embedded Postgres in its own
 * folder under .data/tmp, deleted when the server stops, or on `env.DATABASE_URL`.
 * Resolves once the guide is served. For e2e tests and benchmarks.
 */
export async function startThrowawayServer(
  name: string,
  port: number,
  {
    env: extraEnv = {},
    logsToStderr = false,
  }: { env?: Record<string, string>; logsToStderr?: boolean } = {},
): Promise<ThrowawayServer> {
  const dataDir = throwawayDataDir(name)
  const url = `http://127.0.0.1:${port}`
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    DATA_DIR: dataDir,
    EMBEDDED_PG_PORT: String(await freePort()),
    PORT: String(port),
    SITE_URL: url,
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    ...extraEnv,
  }
  // Its own embedded Postgres, unless the caller brings one.
  if (!extraEnv.DATABASE_URL) delete env.DATABASE_URL
  const removeDataDir = () => rmSync(dataDir, { recursive: true, force: true })
  const server = await startService(
    'npm start',
    process.execPath,
    ['--import', 'tsx', 'src/scripts/start.ts'],
    {
      // A benchmark keeps stdout for its JSON; the server's logs go to stderr.
      stdio: logsToStderr ? ['ignore', 2, 2] : 'inherit',
      env,
      ready: () => servesPage(`${url}/`),
      timeoutMs: 180_000,
    },
  ).catch((error: unknown) => {
    removeDataDir()
    throw error
  })
  server.process.once('exit', removeDataDir)
  return { url, ...server }
}
