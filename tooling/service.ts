import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process'

export { acceptsConnections } from '@/scripts/net'

export type Service = { process: ChildProcess; stop: () => Promise<void> }

/**
 * Starts a server program and resolves once `ready()` says so. If the program exits first or is
 * not ready within `timeoutMs`, it is stopped and the promise rejects: nothing is left running.
 * `stop()` sends `stopSignal` and waits for the exit.
 */
export async function startService(
  label: string,
  command: string,
  args: string[],
  {
    ready,
    timeoutMs = 10_000,
    stopSignal = 'SIGTERM',
    ...options
  }: SpawnOptions & {
    ready: () => Promise<boolean>
    timeoutMs?: number
    stopSignal?: NodeJS.Signals
  },
): Promise<Service> {
  const child = spawn(command, args, { stdio: ['ignore', 2, 2], ...options })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill(stopSignal)
    await exited
  }
  const deadline = Date.now() + timeoutMs
  while (!(await ready())) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`${label} exited before it was ready (code ${child.exitCode})`)
    }
    if (Date.now() > deadline) {
      await stop()
      throw new Error(`${label} was not ready within ${timeoutMs / 1000} s`)
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return { process: child, stop }
}

/** Whether `url` answers at all (any status). */
export const answers = (url: string) =>
  fetch(url).then(
    () => true,
    () => false,
  )

/** Whether `url` answers 200: the page is being served. */
export const servesPage = (url: string) =>
  fetch(url).then(
    (response) => response.ok,
    () => false,
  )
