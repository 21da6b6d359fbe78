// `npm run import -- <file>`: loads a file written by `npm run export` into a database without guide
// content, in one transaction. A bad file is refused before the database is even opened.
import path from 'node:path'

import { fail, loadEnv, runOnAppDatabase, say } from './runtime'

if (!process.argv[2]) {
  say('usage: npm run import -- <file written by npm run export>')
  process.exit(1)
}
const file = path.resolve(process.argv[2])
// The file is checked against the app's Payload config, which reads the environment when loaded.
loadEnv()
const { readArchive } = await import('@/lib/archive/check')
try {
  readArchive(file)
} catch (error) {
  fail(error)
}
await runOnAppDatabase(`import:${file}`)
