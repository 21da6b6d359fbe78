import { defineConfig } from '@playwright/test'

import { e2eBaseURL as baseURL } from './tests/helpers/e2eUsers'

const port = new URL(baseURL).port

export default defineConfig({
  testDir: 'tests/e2e',
  // The suite shares one production server and database: run it in order.
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  outputDir: '.data/test-results/e2e',
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  use: {
    baseURL,
    browserName: 'chromium',
    locale: 'en-US',
    timezoneId: 'UTC',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      // Debian's Chromium: Playwright's own browser downloads cannot reach the network here.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'first-admin', testMatch: /firstAdmin\.setup\.ts/ },
    { name: 'site', testMatch: /\.e2e\.spec\.ts$/, dependencies: ['first-admin'] },
  ],
  webServer: {
    command: 'tsx tests/helpers/e2eServer.ts',
    url: `${baseURL}/`,
    env: { E2E_PORT: String(port) },
    timeout: 400_000,
    // E2E_REUSE_SERVER=1 runs against a server you started with `tsx tests/helpers/e2eServer.ts`.
    reuseExistingServer: process.env.E2E_REUSE_SERVER === '1',
    stdout: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
  },
})
