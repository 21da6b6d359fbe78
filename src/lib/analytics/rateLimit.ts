const WINDOW_MS = 60_000

/**
 * A fixed one-minute window per client, in this process's memory: a new minute starts every
 * client afresh and drops the last minute's keys, so memory holds one minute of clients at most.
 */
export function rateLimiter(perMinute: number, now: () => number = Date.now) {
  let window = -1
  let seen = new Map<string, number>()
  return {
    /** Whether `client` may send one more beacon this minute (and counts it if so). */
    allow(client: string): boolean {
      const current = Math.floor(now() / WINDOW_MS)
      if (current !== window) {
        window = current
        seen = new Map()
      }
      const used = seen.get(client) ?? 0
      if (used >= perMinute) return false
      seen.set(client, used + 1)
      return true
    },
    /** Seconds until the window ends: the 429's Retry-After. */
    retryAfter: () => Math.max(1, Math.ceil((WINDOW_MS - (now() % WINDOW_MS)) / 1000)),
  }
}
