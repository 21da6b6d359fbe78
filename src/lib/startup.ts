import type { Migration, Payload } from 'payload'

import { migrations } from '../migrations'
import { withAdvisoryLock } from './advisoryLock'
import { isEmpty, seed } from './seed'
import type { SeedUser } from './seed/users'

/** Instances starting together take turns: one migrates and seeds, the others then find it done. */
const STARTUP_LOCK = 'guide:startup'

/** Applies the committed migrations that the database lacks. Never asks: there is no terminal. */
export async function applyMigrations(payload: Payload): Promise<void> {
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
