// Payload work for the runner scripts, in its own process (see runTasks in runtime.ts).
// Tasks: migrate | seed | seed-if-empty | export:<file> | import:<file>. Development accounts are
// seeded unless NODE_ENV=production.

import { exportToFile, importFromFile } from '@/lib/archive'
import { env } from '@/lib/env'
import { seed } from '@/lib/seed'
import { applyMigrations, seedIfEmpty } from '@/lib/database/prepare'

import { fail, say, schemaReady, TASKS_DONE } from './runtime'
import { schemaDigest } from '@/lib/devSchema'
import { payloadClient } from '@/lib/payload'

const payload = await payloadClient()
// Development's schema push is done: another process may now start Payload on this database, and
// need not push the same schema again (skipRepeatedDevPush in src/lib/devSchema.ts).
process.send?.(schemaReady(schemaDigest(payload.db)))
const production = env.NODE_ENV === 'production'
const users = production
  ? undefined
  : [
      { email: env.SEED_ADMIN_EMAIL, password: env.SEED_ADMIN_PASSWORD, role: 'admin' as const },
      { email: env.SEED_EDITOR_EMAIL, password: env.SEED_EDITOR_PASSWORD, role: 'editor' as const },
    ]
const seeding = production
  ? 'seeding guide content (never users in production)'
  : 'seeding guide content and development accounts'

for (const task of process.argv.slice(2)) {
  if (task === 'migrate') {
    say('applying migrations')
    await applyMigrations(payload)
  } else if (task === 'seed') {
    say(seeding)
    const { created } = await seed(payload, { users })
    say(`seed done: ${created.length} item(s) created`)
  } else if (task === 'seed-if-empty') {
    const { seeded, created } = await seedIfEmpty(payload, { users, log: () => {} })
    if (seeded) say(`${seeding}: ${created.length} item(s) created`)
  } else if (task.startsWith('export:')) {
    await exportToFile(payload, task.slice('export:'.length), say).catch(fail)
  } else if (task.startsWith('import:')) {
    await importFromFile(payload, task.slice('import:'.length), say).catch(fail)
  } else {
    throw new Error(
      `Unknown task "${task}". Use migrate, seed, seed-if-empty, export:<file> or import:<file>.`,
    )
  }
}
// Exit once the parent has the message (process.send is asynchronous).
if (process.send) process.send(TASKS_DONE, () => process.exit(0))
else process.exit(0)
