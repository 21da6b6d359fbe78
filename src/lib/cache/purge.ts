import { EventEmitter } from 'node:events'

/** One cache to purge by tag: a proxy (tier 0) or a CDN in front of the proxies (tier 1). */
export type PurgeTarget = {
  name: string
  tier: 0 | 1
  request: (tags: string[]) => { url: string; init: RequestInit }
}

export type PurgeSettings = {
  PURGE_URLS?: string
  PURGE_SECRET?: string
  CDN_PURGE_PROVIDER?: 'fastly' | 'cloudflare'
  CDN_PURGE_ID?: string
  CDN_PURGE_TOKEN?: string
}

/** Every proxy in PURGE_URLS (deploy/varnish: PURGE with the secret), then the CDN if set. */
export function purgeTargets(settings: PurgeSettings): PurgeTarget[] {
  const proxies = (settings.PURGE_URLS ?? '').split(/[\s,]+/).filter(Boolean)
  const targets: PurgeTarget[] = proxies.map((url) => ({
    name: url,
    tier: 0,
    request: (tags) => ({
      url,
      init: {
        method: 'PURGE',
        headers: { 'Purge-Secret': settings.PURGE_SECRET ?? '', 'Xkey-Purge': tags.join(' ') },
      },
    }),
  }))
  const { CDN_PURGE_PROVIDER: provider, CDN_PURGE_ID: id, CDN_PURGE_TOKEN: token } = settings
  if (provider && id && token) targets.push(cdnTarget(provider, id, token))
  return targets
}

/** The CDN's purge-by-tag API: the tags are the same names as the Surrogate-Key/Cache-Tag headers. */
function cdnTarget(provider: 'fastly' | 'cloudflare', id: string, token: string): PurgeTarget {
  const json = { 'Content-Type': 'application/json' }
  if (provider === 'fastly') {
    // https://www.fastly.com/documentation/reference/api/purging/#bulk-purge-tag
    return {
      name: `fastly service ${id}`,
      tier: 1,
      request: (tags) => ({
        url: `https://api.fastly.com/service/${encodeURIComponent(id)}/purge`,
        init: {
          method: 'POST',
          headers: { ...json, 'Fastly-Key': token },
          body: JSON.stringify({ surrogate_keys: tags }),
        },
      }),
    }
  }
  // https://developers.cloudflare.com/api/resources/cache/methods/purge/ (purge by Cache-Tag)
  return {
    name: `cloudflare zone ${id}`,
    tier: 1,
    request: (tags) => ({
      url: `https://api.cloudflare.com/client/v4/zones/${encodeURIComponent(id)}/purge_cache`,
      init: {
        method: 'POST',
        headers: { ...json, Authorization: `Bearer ${token}` },
        body: JSON.stringify({ tags }),
      },
    }),
  }
}

/** Observers of purges (tests, logs). Emits 'purge' with the tags before anything is sent. */
export const purges = new EventEmitter()

/** Waits between attempts at one target: about 8 s in all, then the purge is given up. */
export const RETRY_DELAYS_MS = [100, 200, 400, 800, 1600, 3200]
/**
 * A reader's request that reached the app just before the tags expired there can bring the old
 * page back into a cache just after the purge. A second purge this much later removes it (the
 * proxy's purge is soft: while the app is down the page is still served).
 */
export const SETTLE_MS = 2000
const PAGE_TTL = '1 h'

const log = (line: string) => console.log(`[purge] ${line}`)
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Purges `tags` in every target, proxies before the CDN (which fetches from them), then once more
 * after SETTLE_MS. Never rejects, and the caller does not wait for it: a publish is never held
 * up or failed by a cache that is down.
 */
export async function purge(targets: PurgeTarget[], tags: string[]): Promise<void> {
  if (tags.length === 0) return
  purges.emit('purge', tags)
  if (targets.length === 0) return
  await purgeTiers(targets, tags)
  await sleep(SETTLE_MS)
  await purgeTiers(targets, tags)
}

async function purgeTiers(targets: PurgeTarget[], tags: string[]) {
  for (const tier of [0, 1] as const) {
    await Promise.all(targets.filter((t) => t.tier === tier).map((t) => purgeOne(t, tags)))
  }
}

async function purgeOne(target: PurgeTarget, tags: string[]): Promise<boolean> {
  const { url, init } = target.request(tags)
  const started = performance.now()
  for (let attempt = 0; ; attempt++) {
    let failure: string
    try {
      const response = await fetch(url, { ...init, signal: AbortSignal.timeout(2000) })
      const body = await response.text()
      if (response.ok) {
        const ms = Math.round(performance.now() - started)
        log(`${tags.join(' ')} at ${target.name}: ${body.trim().slice(0, 80)} (${ms} ms)`)
        return true
      }
      failure = `HTTP ${response.status} ${body.trim().slice(0, 80)}`
      // Refused (wrong secret, bad request): trying again cannot help.
      if (response.status >= 400 && response.status < 500 && response.status !== 429) {
        log(`${tags.join(' ')} at ${target.name} refused: ${failure}`)
        return false
      }
    } catch (error) {
      failure = (error as Error).message
    }
    const delay = RETRY_DELAYS_MS[attempt]
    if (delay === undefined) {
      log(
        `${tags.join(' ')} at ${target.name}: gave up after ${attempt + 1} attempts (${failure}); ` +
          `it may serve the old pages until they expire (${PAGE_TTL})`,
      )
      return false
    }
    log(`${tags.join(' ')} at ${target.name} failed (${failure}); retrying in ${delay} ms`)
    await sleep(delay)
  }
}
