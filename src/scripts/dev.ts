// `npm run dev`: database (embedded unless DATABASE_URL), seed an empty database, then `next dev`.
import { loadEnv, openAppDatabase, runNext, runTasks, say, warmUp } from './runtime'

const startedAt = Date.now()
const env = loadEnv({ NODE_ENV: 'development' })
const db = await openAppDatabase(env)
await runTasks(['seed-if-empty'], db)
say(`site ${env.SITE_URL}  ·  admin ${env.SITE_URL}/admin`)
runNext(['dev', '--port', String(env.PORT)], db)
// The reader's page first, then the admin.
void warmUp(`http://127.0.0.1:${env.PORT}`, ['/', '/admin'], startedAt)
