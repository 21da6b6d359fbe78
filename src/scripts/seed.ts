// `npm run seed`: creates whatever seed content is missing; running it again changes nothing.
import { loadEnv, openAppDatabase, runTasks } from './runtime'

const env = loadEnv()
const db = await openAppDatabase(env)
await runTasks(env.NODE_ENV === 'production' ? ['migrate', 'seed'] : ['seed'], db)
await db.stop()
