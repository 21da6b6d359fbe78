import { measurementState } from './state'

/**
 * On SIGTERM: one last flush of the counts this process holds, once the requests in flight have
 * ended. Next calls `process.exit` as soon as its server has closed, waiting for nothing of
 * ours, so from the signal on `process.exit` first flushes, for `capMs` at most. Imports nothing
 * of Payload's: `next dev` compiles this into the instrumentation (src/lib/server/lifecycle.ts).
 */
export function flushBeforeExit(capMs: number): void {
  const exit = process.exit.bind(process)
  let exiting = false
  process.exit = ((code?: number) => {
    if (exiting) return
    exiting = true
    const flush = measurementState().flush
    const flushed = (flush ? flush() : Promise.resolve()).catch((error: unknown) => {
      console.error(`[analytics] last flush failed: ${(error as Error).message}`)
    })
    const cap = new Promise((resolve) => setTimeout(resolve, capMs))
    void Promise.race([flushed, cap]).finally(() => exit(code))
  }) as typeof process.exit
}
