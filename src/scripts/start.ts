// `npm start`: the production server. `next start` itself applies the committed migrations and
// seeds content (never users) into an empty database before it serves (src/lib/server/lifecycle.ts).
import { loadEnv, openAppDatabase, runNext } from './runtime'

const env = loadEnv({ NODE_ENV: 'production' })
const db = await openAppDatabase(env)
runNext(['start', '--port', String(env.PORT)], db)
