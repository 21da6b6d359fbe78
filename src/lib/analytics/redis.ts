import { randomUUID } from 'node:crypto'
import { createClient } from 'redis'

import { decodeSightings, emptyPending, type Pending } from './pending'

const COUNTS = 'guide:analytics:counts'
const VISITORS = 'guide:analytics:visitors'
const DRAINING = ':draining'
const LOCK = 'guide:analytics:flush-lock'
/** Longer than any flush: a holder that died lets the next one in after this. */
const LOCK_MS = 60_000

// Moves what instances have added so far aside, in one step, unless a batch is already aside (a
// flush that failed left it): beacons that arrive meanwhile go to fresh keys.
const SET_ASIDE = `
for i = 1, #KEYS, 2 do
  if redis.call('exists', KEYS[i + 1]) == 0 and redis.call('exists', KEYS[i]) == 1 then
    redis.call('rename', KEYS[i], KEYS[i + 1])
  end
end
return 1`
const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end return 0`

/**
 * Counts shared by every instance (REDIS_URL): each beacon adds to Redis hashes, and one flush
 * at a time, holding a lock, moves them into Postgres, so two instances add up exactly.
 */
export function redisCounts(url: string) {
  const client = createClient({ url })
  let complained = false
  client.on('error', (error: Error) => {
    if (!complained) console.error(`[analytics] redis: ${error.message}`)
    complained = true
  })
  let connecting: Promise<unknown> | undefined
  const ready = async () => {
    connecting ??= client.connect()
    await connecting
    complained = false
  }

  return {
    async add(pending: Pending): Promise<void> {
      await ready()
      const multi = client.multi()
      for (const [key, count] of pending.counts) multi.hIncrBy(COUNTS, key, count)
      for (const [hash, seen] of pending.visitors) {
        multi.hSetNX(VISITORS, hash, JSON.stringify(seen))
      }
      await multi.exec()
    },

    /** Hands everything instances added to `write`; false if another instance is flushing. */
    async drain(write: (pending: Pending) => Promise<void>): Promise<boolean> {
      await ready()
      const token = randomUUID()
      const locked = await client.set(LOCK, token, {
        condition: 'NX',
        expiration: { type: 'PX', value: LOCK_MS },
      })
      if (locked !== 'OK') return false
      try {
        const keys = [COUNTS, COUNTS + DRAINING, VISITORS, VISITORS + DRAINING]
        await client.eval(SET_ASIDE, { keys, arguments: [] })
        const counts = await client.hGetAll(COUNTS + DRAINING)
        const visitors = await client.hGetAll(VISITORS + DRAINING)
        const pending = emptyPending()
        for (const [key, count] of Object.entries(counts)) pending.counts.set(key, Number(count))
        pending.visitors = decodeSightings(visitors)
        await write(pending)
        await client.del([COUNTS + DRAINING, VISITORS + DRAINING])
        return true
      } finally {
        await client.eval(RELEASE, { keys: [LOCK], arguments: [token] })
      }
    },

    async close(): Promise<void> {
      if (connecting) await client.close()
    },
  }
}

export type RedisCounts = ReturnType<typeof redisCounts>
