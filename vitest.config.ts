import path from 'node:path'
import { defineConfig } from 'vitest/config'

// Two projects: `unit` needs no database and runs in parallel; `int` runs on one throwaway
// Postgres (tests/helpers/intGlobalSetup.ts), its files taking turns instead of racing on it.
export default defineConfig({
  resolve: {
    alias: {
      '@payload-config': path.resolve(import.meta.dirname, 'payload.config.ts'),
      '@': path.resolve(import.meta.dirname, 'src'),
    },
  },
  test: {
    environment: 'node',
    testTimeout: 30_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.spec.ts'] } },
      {
        extends: true,
        test: {
          name: 'int',
          include: ['tests/int/**/*.int.spec.ts'],
          globalSetup: ['tests/helpers/intGlobalSetup.ts'],
          fileParallelism: false,
          hookTimeout: 120_000,
        },
      },
    ],
  },
})
