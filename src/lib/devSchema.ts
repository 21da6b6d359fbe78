import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'

import type { BaseDatabaseAdapter, DatabaseAdapterObj } from 'payload'

/**
 * `npm run dev` starts `next dev` while its seed process is still pushing the development schema
 * (src/scripts/dev.ts). Two Payloads pushing the same tables at once fail on each other's
 * CREATE TABLE, so Payload inside `next dev` first waits for the file this variable names, which
 * the seed's process writes once its push is done. Unset everywhere else: nothing waits.
 */
export const DEV_SCHEMA_FILE = 'GUIDE_DEV_SCHEMA_FILE'

/** How long Payload waits for the seed's push before it goes ahead and pushes itself. */
const PATIENCE_MS = 120_000

let pushed = false

export async function devSchemaPushed(): Promise<void> {
  const file = process.env[DEV_SCHEMA_FILE]
  if (pushed || !file) return
  const until = Date.now() + PATIENCE_MS
  while (!existsSync(file) && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  pushed = true
}

/** What Payload's development push compares between two pushes: the tables and the locales. */
type PushedSchema = {
  rawTables?: unknown
  payload?: { config?: { localization?: false | { localeCodes?: unknown } } }
}

/**
 * A digest of the schema an adapter pushes (what Payload's own push compares to decide that
 * nothing changed): the seed's process writes it into DEV_SCHEMA_FILE after its push.
 */
export function schemaDigest(adapter: PushedSchema): string {
  const localization = adapter.payload?.config?.localization
  const localeCodes = localization ? localization.localeCodes : null
  return createHash('sha256')
    .update(JSON.stringify({ localeCodes, rawTables: adapter.rawTables }))
    .digest('hex')
}

// On globalThis: an edited config is evaluated again in `next dev`, and only the first connect
// of the process may rely on the seed's push (the database may have changed since).
const FIRST_CONNECT = Symbol.for('guide.devSchema.firstConnectDone')
const state = globalThis as { [FIRST_CONNECT]?: boolean }

/**
 * Payload inside `next dev` pushes the development schema when it connects: a pull of the whole
 * schema from Postgres (~3 s on two cores, the last step before the first page is served) to find
 * nothing to change, since the seed's process pushed the same config a moment before. Its first
 * connect skips that push when the seed's digest (DEV_SCHEMA_FILE) is the digest of this
 * process's schema; any later connect (an edited collection) pushes as before.
 */
export function skipRepeatedDevPush<Adapter extends BaseDatabaseAdapter>(
  result: DatabaseAdapterObj<Adapter>,
): DatabaseAdapterObj<Adapter> {
  const file = process.env[DEV_SCHEMA_FILE]
  if (!file) return result
  return {
    ...result,
    init: (args) => {
      const adapter = result.init(args) as Adapter & { push?: boolean }
      const connect = adapter.connect
      if (!connect) return adapter
      adapter.connect = async function (this: typeof adapter, options) {
        const first = !state[FIRST_CONNECT]
        state[FIRST_CONNECT] = true
        const digest = first && existsSync(file) ? readFileSync(file, 'utf8').trim() : ''
        if (this.push === false || !digest || digest !== schemaDigest(this)) {
          return connect.call(this, options)
        }
        this.push = false
        try {
          return await connect.call(this, options)
        } finally {
          this.push = true
        }
      }
      return adapter
    },
  }
}
