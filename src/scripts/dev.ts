// `npm run dev`: database (embedded unless DATABASE_URL), then the seed of an empty database and
// `next dev` side by side, so that the first compile of the reader's page (the longest step,
// ~20 s on two cores) runs while the seed pushes the schema and writes, instead of after it.
// Payload inside `next dev` waits for the seed's schema push (it would push the same tables at the
// same moment): the seed's process marks the push done in a file that src/lib/payload.ts waits for.
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { DEV_SCHEMA_FILE } from '@/lib/devSchema'

import { loadEnv, openAppDatabase, runNext, runTasks, say, warmUp } from './runtime'

const startedAt = Date.now()
const env = loadEnv({ NODE_ENV: 'development' })
const db = await openAppDatabase(env)
const schemaFile = path.join(os.tmpdir(), `guide-dev-schema-${process.pid}`)
rmSync(schemaFile, { force: true })
process.once('exit', () => rmSync(schemaFile, { force: true }))
// Holds the digest of the schema the seed pushed (empty if it never said): written once, whole.
const schemaPushed = (digest = '') => {
  if (existsSync(schemaFile)) return
  writeFileSync(`${schemaFile}.tmp`, digest)
  renameSync(`${schemaFile}.tmp`, schemaFile)
}
const seeded = runTasks(['seed-if-empty'], db, schemaPushed).then(() => {
  schemaPushed()
  say(`seed checked (${((Date.now() - startedAt) / 1000).toFixed(1)} s after npm run dev)`)
})
runNext(['dev', '--port', String(env.PORT)], db, { [DEV_SCHEMA_FILE]: schemaFile })
say(`site ${env.SITE_URL}  ·  admin ${env.SITE_URL}/admin`)
// The reader's page first (asked again if the seed was still writing when it first rendered),
// then the admin, once the seed has made its accounts.
const base = `http://127.0.0.1:${env.PORT}`
void (async () => {
  const first = await warmUp(base, ['/'], startedAt)
  await seeded
  if (first['/'] !== 200) await warmUp(base, ['/'], startedAt)
  await warmUp(base, ['/admin'], startedAt)
})()
