// `npm run import -- <file>`: loads a file written by `npm run export` into a database without guide
// content, in one transaction. A bad file is refused before the database is even opened.
import path from 'node:path'

import { readArchive } from '@/lib/archive/check'

import { fail, runOnAppDatabase, say } from './runtime'

if (!process.argv[2]) {
  say('usage: npm run import -- <file written by npm run export>')
  process.exit(1)
}
const file = path.resolve(process.argv[2])
try {
  readArchive(file)
} catch (error) {
  fail(error)
}
await runOnAppDatabase(`import:${file}`)
