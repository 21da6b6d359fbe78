// `npm run export [-- <file>]`: writes all guide content, drafts included (never users), to one JSON
// file, guide-content.json by default. NODE_ENV=production reads the production database.
import path from 'node:path'

import { loadEnv, openAppDatabase, runTasks } from './runtime'

const file = path.resolve(process.argv[2] ?? 'guide-content.json')
const env = loadEnv()
const db = await openAppDatabase(env)
await runTasks(
  env.NODE_ENV === 'production' ? ['migrate', `export:${file}`] : [`export:${file}`],
  db,
)
await db.stop()
