import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { ensureLocalSecret, EnvError, parseEnv } from '@/lib/env/schema'

const secret = 'x'.repeat(40)

function errorOf(source: Record<string, string>): EnvError {
  try {
    parseEnv(source)
  } catch (error) {
    if (error instanceof EnvError) return error
    throw error
  }
  throw new Error('expected the environment to be refused')
}

describe('environment', () => {
  it('requires PAYLOAD_SECRET in production and says so by name', () => {
    const error = errorOf({ NODE_ENV: 'production' })
    expect(error.variables).toEqual(['PAYLOAD_SECRET'])
    expect(error.message).toMatch(/PAYLOAD_SECRET: is required when NODE_ENV=production/)
  })

  it('names every malformed variable at once', () => {
    const error = errorOf({
      NODE_ENV: 'production',
      PAYLOAD_SECRET: 'short',
      DATABASE_URL: 'mysql://db/guide',
      SITE_URL: 'not a url',
      PORT: 'eighty',
    })
    expect(error.variables.sort()).toEqual(['DATABASE_URL', 'PAYLOAD_SECRET', 'PORT', 'SITE_URL'])
    expect(error.message).toMatch(/DATABASE_URL: must be a postgres:\/\/ or postgresql:\/\//)
    expect(error.message).toMatch(/PAYLOAD_SECRET: must be at least 32 characters/)
  })

  it('names the missing half of an S3 setup and a malformed REDIS_URL', () => {
    const noBucket = errorOf({ S3_ACCESS_KEY_ID: 'key', S3_SECRET_ACCESS_KEY: 'secret' })
    expect(noBucket.variables).toEqual(['S3_BUCKET'])
    expect(noBucket.message).toMatch(/S3_BUCKET: is required when S3_ACCESS_KEY_ID, S3_SECRET/)

    const noSecret = errorOf({ S3_BUCKET: 'guide-media', S3_ACCESS_KEY_ID: 'key' })
    expect(noSecret.variables).toEqual(['S3_SECRET_ACCESS_KEY'])
    expect(noSecret.message).toMatch(/is required when S3_ACCESS_KEY_ID is set/)

    expect(errorOf({ REDIS_URL: 'localhost:6379' }).message).toMatch(
      /REDIS_URL: must be a redis:\/\/ or rediss:\/\/ URL/,
    )
  })

  it('accepts a complete production environment and applies defaults', () => {
    const env = parseEnv({
      NODE_ENV: 'production',
      PAYLOAD_SECRET: secret,
      DATABASE_URL: 'postgres://guide:guide@localhost:5432/guide',
    })
    expect(env).toMatchObject({
      PAYLOAD_SECRET: secret,
      PORT: 3000,
      SITE_URL: 'http://localhost:3000',
    })
  })

  it('reads the environment without writing anything', () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'guide-env-'))
    const env = parseEnv({ NODE_ENV: 'development', DATA_DIR: dataDir })
    expect(env.PAYLOAD_SECRET).toMatch(/^[0-9a-f]{64}$/)
    expect(readdirSync(dataDir)).toEqual([])
  })

  it('keeps the development secret that npm run dev makes once under the data dir', () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'guide-env-'))
    const made = ensureLocalSecret(dataDir)
    expect(ensureLocalSecret(dataDir)).toBe(made)
    const file = path.join(dataDir, 'payload-secret')
    expect(readFileSync(file, 'utf8').trim()).toBe(made)
    expect(statSync(file).mode & 0o077).toBe(0)
    expect(parseEnv({ NODE_ENV: 'development', DATA_DIR: dataDir }).PAYLOAD_SECRET).toBe(made)
  })

  it('lets `next build` run without a production secret', () => {
    const env = parseEnv({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' })
    expect(env.PAYLOAD_SECRET).toHaveLength(64)
  })
})
