import { sql } from '@payloadcms/db-postgres'
import type { Migration, Payload } from 'payload'

import { migrations } from '@/migrations'
import { withAdvisoryLock } from './advisoryLock'
import { isEmpty, seed } from '@/lib/seed'
import type { SeedUser } from '@/lib/seed/users'

/** Instances starting together take turns: one migrates and seeds, the others then find it done. */
const STARTUP_LOCK = 'guide:startup'

/**
 * Payload's migrate asks "y/N" (and, with no terminal, exits quietly) when the database's schema
 * was pushed by a development server. Refuse that database up front, saying why.
 */
async function refuseDevelopmentDatabase(payload: Payload): Promise<void> {
  const pushed = await payload.db.drizzle
    .execute(sql`select 1 from payload_migrations where batch = -1 limit 1`)
    .then(
      (result) => (result as unknown as { rows: unknown[] }).rows.length > 0,
      () => false, // no migrations table yet: a fresh database
    )
  if (pushed) {
    throw new Error(
      'This database was changed by a development server (schema push), so migrations cannot be ' +
        'applied to it safely. Give production its own database (DATABASE_URL), or export the ' +
        'content (npm run export) and import it into a fresh one.',
    )
  }
}

/** Applies the committed migrations that the database lacks. Never asks: there is no terminal. */
export async function applyMigrations(payload: Payload): Promise<void> {
  await refuseDevelopmentDatabase(payload)
  // Imported, not read from disk: Next's standalone server has no TypeScript sources to read.
  // (Payload types a migration's argument as unknown; the generated ones name theirs.)
  const committed = migrations as unknown as Migration[]
  await withAdvisoryLock(
    payload,
    STARTUP_LOCK,
    () => payload.db.migrate({ migrations: committed }),
    {
      wait: true,
    },
  )
}

/** Seeds the guide content (and `users`, in development) only when the database has no guide. */
export async function seedIfEmpty(
  payload: Payload,
  options: { users?: SeedUser[]; log?: (line: string) => void } = {},
): Promise<{ seeded: boolean; created: string[] }> {
  const result = await withAdvisoryLock(
    payload,
    STARTUP_LOCK,
    async () => ((await isEmpty(payload)) ? (await seed(payload, options)).created : undefined),
    { wait: true },
  )
  const created = result.ran ? result.value : undefined
  return { seeded: created !== undefined, created: created ?? [] }
}
