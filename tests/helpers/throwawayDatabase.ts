import { rmSync } from 'node:fs'
import path from 'node:path'

import { openDatabase, type Database } from '@/lib/database/embeddedPostgres'
import { freePort, throwawayDataDir } from '../../tooling/throwaway'

export type Throwaway = Database & { dataDir: string }

/**
 * A fresh embedded Postgres in its own folder under .data/tmp, on a free port, deleted on stop.
 * Tests never touch the development or production databases.
 */
export async function throwawayDatabase(name: string): Promise<Throwaway> {
  const dataDir = throwawayDataDir(name)
  const db = await openDatabase({
    dir: path.join(dataDir, 'postgres'),
    port: await freePort(),
    database: 'guide_test',
    persistent: false,
  })
  return {
    ...db,
    dataDir,
    stop: async () => {
      await db.stop()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
