import { randomBytes } from 'node:crypto'

import { throwawayDatabase } from './throwawayDatabase'

/** One throwaway Postgres for the integration run; test workers inherit its URL. */
export default async function setup() {
  const db = await throwawayDatabase('int')
  process.env.DATABASE_URL = db.url
  process.env.DATA_DIR = db.dataDir
  process.env.PAYLOAD_SECRET = randomBytes(32).toString('hex')
  return async () => {
    await db.stop()
  }
}
