import { existsSync } from 'node:fs'

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
