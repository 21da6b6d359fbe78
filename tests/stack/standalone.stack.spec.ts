import { cpSync, rmSync } from 'node:fs'
import path from 'node:path'

import { expect, test } from '@playwright/test'

import { freePort, throwawayDataDir } from '../../tooling/throwaway'
import { servesPage, startService, type Service } from '../../tooling/service'

import { controlledPostgres, stackSecret, type ControlledPostgres } from '../helpers/stack'

// What the Docker image runs (Dockerfile's last stage): Next's standalone server with the static
// assets beside it, `node server.js`, on an empty database, with no npm, tsx or sources around.
let postgres: ControlledPostgres
let server: Service | undefined
let url = ''
let dataDir = ''

test.beforeAll(async () => {
  test.setTimeout(240_000)
  const standalone = path.resolve('.next/standalone')
  cpSync('.next/static', path.join(standalone, '.next/static'), { recursive: true })
  postgres = await controlledPostgres('standalone-pg')
  dataDir = throwawayDataDir('standalone-data')
  const port = await freePort()
  url = `http://127.0.0.1:${port}`
  server = await startService('standalone server', process.execPath, ['server.js'], {
    cwd: standalone,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      // As the Dockerfile binds it. Not 127.0.0.1: Next's proxy respells a loopback IP as
      // localhost, and its rewrites would then name another origin (docs/operations.md).
      HOSTNAME: '0.0.0.0',
      PORT: String(port),
      SITE_URL: url,
      DATABASE_URL: postgres.url,
      PAYLOAD_SECRET: stackSecret(),
      DATA_DIR: dataDir,
    },
    ready: () => servesPage(`${url}/`),
    timeoutMs: 180_000,
  })
})

test.afterAll(async () => {
  await server?.stop()
  await postgres?.remove()
  if (dataDir) rmSync(dataDir, { recursive: true, force: true })
})

test('the standalone server migrates and seeds an empty database itself, then serves', async ({
  page,
}) => {
  const health = await fetch(`${url}/api/health`)
  expect(await health.json()).toMatchObject({ status: 'ok', database: 'up' })

  await page.goto(`${url}/`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'What backend frameworks to use in 2026',
  )
  await expect(page.locator('table.ranking tbody tr')).toHaveCount(8)

  // The admin's client code and styles are there: the first visit offers to create the admin.
  await page.goto(`${url}/admin`)
  await expect(page).toHaveURL(/\/admin\/create-first-user/)
  await expect(page.locator('#field-email')).toBeVisible()
})
