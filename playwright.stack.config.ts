import { defineConfig } from '@playwright/test'

import e2e from './playwright.config'

// The stack suite (`npm run test:stack`): specs that start their own processes on a production
// build: several instances with redis-server behind Varnish, a Postgres they stop, the standalone
// server the image runs, a server they stop; and the deploy files under the programs that read
// them (docker-compose, varnishd, nginx). No shared server; each spec's own.
export default defineConfig({
  ...e2e,
  testDir: 'tests/stack',
  outputDir: '.data/test-results/stack',
  timeout: 120_000,
  globalSetup: './tests/helpers/stackGlobalSetup.ts',
  projects: [{ name: 'stack', testMatch: /\.stack\.spec\.ts$/ }],
  webServer: undefined,
})
