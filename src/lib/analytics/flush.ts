import type { Pool } from 'pg'

import { env } from '@/lib/env'
import { payloadClient } from '@/lib/payload'

import { dayOf, emptyPending, isEmpty, mergePending, type Pending } from './pending'
import { redisCounts } from './redis'
import { measurementState } from './state'
import { loadSalts, prune, writePending } from './store'

const DAY_MS = 86_400_000
/** Salts are looked at, and old rows pruned, this often (and at every UTC midnight passed). */
const HOUSEKEEPING_MS = 3_600_000

const state = measurementState()

async function pool(): Promise<Pool> {
  const payload = await payloadClient()
  return (payload.db as unknown as { pool: Pool }).pool
}

/** Redis when REDIS_URL is set: one client a process, shared by every bundle. */
function shared() {
  if (!env.REDIS_URL) return undefined
  state.redis ??= redisCounts(env.REDIS_URL)
  return state.redis
}

/** Today's and tomorrow's salts into memory (made if missing), so midnight needs no query. */
async function refreshSalts(now = new Date()): Promise<void> {
  const days = [dayOf(now), dayOf(new Date(now.getTime() + DAY_MS))]
  state.salts = await loadSalts(await pool(), days)
}

/** The salt of `day`: from memory, read (once) only before the flusher has loaded it. */
export async function saltOf(day: string): Promise<string> {
  const known = state.salts.get(day)
  if (known) return known
  state.loadingSalts ??= refreshSalts().finally(() => {
    state.loadingSalts = undefined
  })
  await state.loadingSalts
  const salt = state.salts.get(day)
  if (!salt) throw new Error(`no salt for ${day}`)
  return salt
}

/** Adds one beacon's counts: to Redis in shared mode, else to this process's memory. */
export async function record(counts: Pending): Promise<void> {
  ensureFlushing()
  const redis = shared()
  if (redis) {
    try {
      return await redis.add(counts)
    } catch (error) {
      // Not lost: held here until Redis answers again, then flushed as memory is.
      console.error(
        `[analytics] redis unavailable, counting in memory: ${(error as Error).message}`,
      )
    }
  }
  mergePending(state.pending, counts)
}

async function flushMemory(): Promise<void> {
  if (isEmpty(state.pending)) return
  const batch = state.pending
  state.pending = emptyPending()
  try {
    await writePending(await pool(), batch)
  } catch (error) {
    mergePending(state.pending, batch)
    throw error
  }
}

/**
 * Moves every count held into Postgres now: this process's memory, and in shared mode what every
 * instance added to Redis (unless another instance is moving it at this moment). Flushes run one
 * at a time. Tests call it; so does the signed-in POST /api/analytics/flush.
 */
export function flushMeasurements(): Promise<void> {
  const run = async () => {
    await flushMemory()
    const redis = shared()
    if (redis) await redis.drain(async (batch) => writePending(await pool(), batch))
  }
  const next = (state.flushing ?? Promise.resolve()).catch(() => undefined).then(run)
  state.flushing = next
  return next
}

async function housekeeping(): Promise<void> {
  const now = new Date()
  await refreshSalts(now)
  await prune(await pool(), dayOf(now), {
    hourlyDays: env.ANALYTICS_RETENTION_DAYS,
    dailyDays: env.ANALYTICS_DAILY_RETENTION_DAYS,
  })
}

/**
 * Starts flushing every ANALYTICS_FLUSH_MS, and housekeeping (salts, retention) every hour and
 * after each UTC midnight. Once a process: the server starts it (src/lib/server/lifecycle.ts),
 * and the first beacon does too where nothing did (`next dev`, tests).
 */
export function ensureFlushing(): void {
  if (state.flush) return
  state.flush = flushMeasurements
  const log = (what: string) => (error: unknown) =>
    console.error(`[analytics] ${what} failed: ${(error as Error).message}`)
  let lastDay = dayOf(new Date())
  let lastHousekeeping = Date.now()
  housekeeping().catch(log('housekeeping'))
  const tick = () => {
    const day = dayOf(new Date())
    if (day !== lastDay || Date.now() - lastHousekeeping > HOUSEKEEPING_MS) {
      lastDay = day
      lastHousekeeping = Date.now()
      housekeeping().catch(log('housekeeping'))
    }
    flushMeasurements().catch(log('flush'))
  }
  setInterval(tick, env.ANALYTICS_FLUSH_MS).unref()
}
