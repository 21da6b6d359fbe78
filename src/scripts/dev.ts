// `npm run dev`: database (embedded unless DATABASE_URL), then the seed of an empty database and
// `next dev` side by side. `next dev` starts as soon as the seed's process has pushed the schema
// (never before: its own Payload, from the job ticker or the first page, would push the same
// schema at the same moment), and the first compile of the reader's page (the longest step,
// ~25 s on two cores) runs while the seed writes, instead of after it.
import { loadEnv, openAppDatabase, runNext, runTasks, say, warmUp } from './runtime'

const startedAt = Date.now()
const env = loadEnv({ NODE_ENV: 'development' })
const db = await openAppDatabase(env)
let schemaReady: () => void = () => {}
const pushed = new Promise<void>((resolve) => (schemaReady = resolve))
const seeded = runTasks(['seed-if-empty'], db, schemaReady).then(() =>
  say(`seed checked (${((Date.now() - startedAt) / 1000).toFixed(1)} s after npm run dev)`),
)
await Promise.race([pushed, seeded])
runNext(['dev', '--port', String(env.PORT)], db)
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
