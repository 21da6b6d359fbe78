// `npm run migrate`: applies the committed migrations to the production database by hand.
import { loadEnv, openAppDatabase, runTasks } from './runtime'

const db = await openAppDatabase(loadEnv({ NODE_ENV: 'production' }))
await runTasks(['migrate'], db)
await db.stop()
