import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'

const postgresUrl = z
  .string()
  .regex(/^postgres(ql)?:\/\/\S+$/, 'must be a postgres:// or postgresql:// connection URL')

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    /** Set by `next build`; the build serves no request, so it needs no secret. */
    NEXT_PHASE: z.string().optional(),
    DATABASE_URL: postgresUrl.optional(),
    PAYLOAD_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    /** Public origin of the site; defaults to http://localhost:PORT. */
    SITE_URL: z.url().optional(),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    DATA_DIR: z.string().min(1).default('.data'),
    /** How often the server runs due jobs, such as scheduled publishes. */
    JOBS_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(3600).default(20),
    EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54320),
    SEED_ADMIN_EMAIL: z.email().default('admin@example.com'),
    SEED_ADMIN_PASSWORD: z
      .string()
      .min(8, 'must be at least 8 characters')
      .default('admin-password'),
    SEED_EDITOR_EMAIL: z.email().default('editor@example.com'),
    SEED_EDITOR_PASSWORD: z
      .string()
      .min(8, 'must be at least 8 characters')
      .default('editor-password'),
    /** Shares Next's cache between app instances (src/cache-handler.mjs reads it at start). */
    REDIS_URL: z
      .string()
      .regex(/^rediss?:\/\/\S+$/, 'must be a redis:// or rediss:// URL')
      .optional(),
    /** Proxies to purge by tag on publish (deploy/varnish), comma-separated. */
    PURGE_URLS: z
      .string()
      .regex(
        /^https?:\/\/[^\s,]+(\s*,\s*https?:\/\/[^\s,]+)*$/,
        'must be http(s) URLs, comma-separated',
      )
      .optional(),
    /** Sent with each purge; the proxy refuses purges without it. */
    PURGE_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
    /** A CDN purged by the same tags, after the proxies: its API token and service or zone id. */
    CDN_PURGE_PROVIDER: z.enum(['fastly', 'cloudflare']).optional(),
    CDN_PURGE_ID: z.string().min(1).optional(),
    CDN_PURGE_TOKEN: z.string().min(1).optional(),
    /** Media goes to this S3-compatible bucket instead of DATA_DIR/media when set. */
    S3_BUCKET: z.string().min(3).optional(),
    S3_REGION: z.string().min(1).default('us-east-1'),
    /** For S3-compatible services (MinIO, R2, …); unset for AWS. */
    S3_ENDPOINT: z.url().optional(),
    S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
    S3_FORCE_PATH_STYLE: z.enum(['true', 'false']).default('false'),
    /** How often counted beacons move from memory (or Redis) into Postgres (docs/measurement.md). */
    ANALYTICS_FLUSH_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
    /** Days the hourly rollup keeps; the daily one keeps ANALYTICS_DAILY_RETENTION_DAYS. */
    ANALYTICS_RETENTION_DAYS: z.coerce.number().int().min(1).max(3_650).default(35),
    ANALYTICS_DAILY_RETENTION_DAYS: z.coerce.number().int().min(1).max(36_500).default(400),
    /** Beacons one client (salted IP and user agent) may send a minute; more answer 429. */
    ANALYTICS_RATE_LIMIT: z.coerce.number().int().min(1).max(100_000).default(60),
    /**
     * The beacon collector's port (src/lib/analytics/collector.ts): POST /collect outside Next,
     * where Varnish sends beacons. 0: none, /collect is the app's route alone.
     */
    COLLECT_PORT: z.coerce.number().int().min(0).max(65_535).default(0),
    /** Proxies in front of the app that append to X-Forwarded-For (nginx and Varnish: 2). */
    ANALYTICS_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  })
  .superRefine((value, ctx) => {
    const s3Set = (['S3_ENDPOINT', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const).filter(
      (name) => value[name] !== undefined,
    )
    if (s3Set.length > 0 && !value.S3_BUCKET) {
      ctx.addIssue({
        code: 'custom',
        path: ['S3_BUCKET'],
        message: `is required when ${s3Set.join(', ')} ${s3Set.length > 1 ? 'are' : 'is'} set`,
      })
    }
    // Both keys, or neither (the AWS SDK then finds credentials itself, e.g. an instance role).
    for (const [name, other] of [
      ['S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'],
      ['S3_SECRET_ACCESS_KEY', 'S3_ACCESS_KEY_ID'],
    ] as const) {
      if (value[other] !== undefined && value[name] === undefined) {
        ctx.addIssue({ code: 'custom', path: [name], message: `is required when ${other} is set` })
      }
    }
    if (value.PURGE_URLS && !value.PURGE_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['PURGE_SECRET'],
        message: 'is required when PURGE_URLS is set',
      })
    }
    if (value.CDN_PURGE_PROVIDER) {
      for (const name of ['CDN_PURGE_ID', 'CDN_PURGE_TOKEN'] as const) {
        if (!value[name]) {
          ctx.addIssue({
            code: 'custom',
            path: [name],
            message: 'is required when CDN_PURGE_PROVIDER is set',
          })
        }
      }
    }
    const building = value.NEXT_PHASE === 'phase-production-build'
    if (value.NODE_ENV === 'production' && !building && !value.PAYLOAD_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['PAYLOAD_SECRET'],
        message: 'is required when NODE_ENV=production (generate one: openssl rand -hex 32)',
      })
    }
  })

export type Env = Omit<z.infer<typeof schema>, 'PAYLOAD_SECRET' | 'SITE_URL'> & {
  PAYLOAD_SECRET: string
  SITE_URL: string
  /** Absolute path of the git-ignored folder for local data (embedded Postgres, secret, media). */
  dataDir: string
}

export class EnvError extends Error {
  constructor(
    readonly variables: string[],
    details: string[],
  ) {
    super(`Invalid environment:\n${details.map((line) => `  - ${line}`).join('\n')}`)
    this.name = 'EnvError'
  }
}

/** Parses an environment; throws an EnvError whose message names every bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  // Empty strings (as in a copied .env.example) mean "not set".
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ''))
  const result = schema.safeParse(cleaned)
  if (!result.success) {
    const names = result.error.issues.map((issue) => String(issue.path[0] ?? 'environment'))
    const details = result.error.issues.map(
      (issue) => `${String(issue.path[0] ?? 'environment')}: ${issue.message}`,
    )
    throw new EnvError([...new Set(names)], details)
  }
  const dataDir = path.resolve(result.data.DATA_DIR)
  return {
    ...result.data,
    dataDir,
    SITE_URL: (result.data.SITE_URL ?? `http://localhost:${result.data.PORT}`).replace(/\/$/, ''),
    PAYLOAD_SECRET: result.data.PAYLOAD_SECRET ?? readLocalSecret(dataDir, result.data.NODE_ENV),
  }
}

const secretFile = (dataDir: string) => path.join(dataDir, 'payload-secret')

/**
 * Without PAYLOAD_SECRET: outside production, the one `npm run dev` keeps under the data dir
 * (ensureLocalSecret), so sessions survive restarts without anyone writing a .env. Otherwise a
 * throwaway value: a production build, or a Payload CLI command, signs nothing that must last.
 * Reading the environment never writes a file.
 */
function readLocalSecret(dataDir: string, nodeEnv: Env['NODE_ENV']): string {
  const file = secretFile(dataDir)
  if (nodeEnv !== 'production' && existsSync(file)) return readFileSync(file, 'utf8').trim()
  return randomBytes(32).toString('hex')
}

/** The development secret under `dataDir`, made once: `npm run dev` calls this before it starts. */
export function ensureLocalSecret(dataDir: string): string {
  const file = secretFile(dataDir)
  if (existsSync(file)) return readFileSync(file, 'utf8').trim()
  const secret = randomBytes(32).toString('hex')
  mkdirSync(dataDir, { recursive: true })
  try {
    writeFileSync(file, `${secret}\n`, { flag: 'wx', mode: 0o600 })
  } catch (error) {
    // Another process won the race to create it: use theirs.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return readFileSync(file, 'utf8').trim()
    throw error
  }
  return secret
}
