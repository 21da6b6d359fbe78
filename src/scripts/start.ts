// `npm start`: the production server. Applies the committed migrations, seeds content (never
// users) into an empty database, then runs `next start`.
import { loadEnv, openAppDatabase, runNext, runTasks } from './runtime'

const env = loadEnv({ NODE_ENV: 'production' })
const db = await openAppDatabase(env)
await runTasks(['migrate', 'seed-if-empty'], db)
runNext(['start', '--port', String(env.PORT)], db)
