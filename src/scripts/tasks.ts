// Payload work for the runner scripts, in its own process (see runTasks in runtime.ts).
// Tasks: migrate | seed | seed-if-empty. Development accounts are seeded unless NODE_ENV=production.
import config from '@payload-config'
import { getPayload } from 'payload'

import { env } from '@/lib/env'
import { isEmpty, seed } from '@/lib/seed'

import { say } from './runtime'

const payload = await getPayload({ config })
const production = env.NODE_ENV === 'production'
const users = production
  ? undefined
  : [
      { email: env.SEED_ADMIN_EMAIL, password: env.SEED_ADMIN_PASSWORD, role: 'admin' as const },
      { email: env.SEED_EDITOR_EMAIL, password: env.SEED_EDITOR_PASSWORD, role: 'editor' as const },
    ]

for (const task of process.argv.slice(2)) {
  if (task === 'migrate') {
    say('applying migrations')
    await payload.db.migrate()
  } else if (task === 'seed' || (task === 'seed-if-empty' && (await isEmpty(payload)))) {
    say(
      production
        ? 'seeding guide content (never users in production)'
        : 'seeding guide content and development accounts',
    )
    const { created } = await seed(payload, { users })
    say(`seed done: ${created.length} item(s) created`)
  } else if (task !== 'seed-if-empty') {
    throw new Error(`Unknown task "${task}". Use migrate, seed or seed-if-empty.`)
  }
}
process.exit(0)
