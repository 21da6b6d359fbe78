// The e2e suite's server: `next build`, then `npm start` (migrations, content seed, `next start`)
// on a throwaway embedded Postgres. E2E_SKIP_BUILD=1 reuses the existing .next build.
import { spawn, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import { freePort } from '@/lib/db'

const port = process.env.E2E_PORT ?? '3100'
const root = path.resolve('.data/tmp')
mkdirSync(root, { recursive: true })
const dataDir = mkdtempSync(path.join(root, 'e2e-'))
chmodSync(dataDir, 0o755)

const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'production',
  NEXT_TELEMETRY_DISABLED: '1',
  DATA_DIR: dataDir,
  EMBEDDED_PG_PORT: String(await freePort()),
  PORT: port,
  SITE_URL: `http://127.0.0.1:${port}`,
  PAYLOAD_SECRET: randomBytes(32).toString('hex'),
}
delete env.DATABASE_URL

if (process.env.E2E_SKIP_BUILD !== '1') {
  console.log('[e2e] next build …')
  const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next')
  const build = spawnSync(process.execPath, [nextBin, 'build'], { stdio: 'inherit', env })
  if (build.status !== 0) process.exit(build.status ?? 1)
}

const server = spawn(process.execPath, ['--import', 'tsx', 'src/scripts/start.ts'], {
  stdio: 'inherit',
  env,
})
const stop = () => server.kill('SIGTERM')
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
server.on('exit', (code) => {
  rmSync(dataDir, { recursive: true, force: true })
  process.exit(code ?? 0)
})
