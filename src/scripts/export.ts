// `npm run export [-- <file>]`: writes all guide content, drafts included (never users), to one JSON
// file, guide-content.json by default. NODE_ENV=production reads the production database.
import path from 'node:path'

import { runOnAppDatabase } from './runtime'

await runOnAppDatabase(`export:${path.resolve(process.argv[2] ?? 'guide-content.json')}`)
