import { env } from '@/lib/env'

import { purge, purgeTargets } from './purge'
import { onTagsExpired } from './surrogateKeys.mjs'

const targets = purgeTargets(env)

/** Purges `tags` in every configured proxy and CDN, in the background. */
export function purgeContent(tags: string[]): void {
  void purge(targets, tags)
}

/** Purges `tags` and resolves once done: for tasks (an import) whose process exits after them. */
export function purgeContentNow(tags: string[]): Promise<void> {
  return purge(targets, tags)
}

/** In a Next server: purge each tag once Next's own cache has dropped it (src/cache-handler.mjs). */
export function purgeWhenNextExpires(): void {
  onTagsExpired(purgeContent)
  if (targets.length > 0) {
    console.log(`[purge] purging by tag: ${targets.map((target) => target.name).join(', ')}`)
  }
}
