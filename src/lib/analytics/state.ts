import { emptyPending, type Pending } from './pending'
import type { RedisCounts } from './redis'

/**
 * What one server process holds for measurement. Next bundles instrumentation.ts, the /collect
 * route and Payload's API separately, each with its own copy of this module: kept on globalThis,
 * the counts the route adds are the ones the flush takes, whichever bundle runs it.
 */
export type MeasurementState = {
  pending: Pending
  /** The salt of each UTC day (YYYY-MM-DD) loaded so far: today's and tomorrow's. */
  salts: Map<string, string>
  /** Flushes everything held, once the flusher has started (src/lib/analytics/flush.ts). */
  flush?: () => Promise<void>
  /** The flush under way, so the next waits for it. */
  flushing?: Promise<void>
  loadingSalts?: Promise<void>
  /** The shared counts, when REDIS_URL is set. */
  redis?: RedisCounts
}

const KEY = Symbol.for('guide.analytics.state')

export function measurementState(): MeasurementState {
  const holder = globalThis as { [KEY]?: MeasurementState }
  holder[KEY] ??= { pending: emptyPending(), salts: new Map() }
  return holder[KEY]
}
