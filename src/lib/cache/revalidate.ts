import { EventEmitter } from 'node:events'
import type { PayloadRequest } from 'payload'

import { purgeContent } from '@/lib/cache/purgeContent'
import { afterCommit } from '@/lib/database/afterCommit'

/** Observers of revalidations (tests, logs). Emits 'revalidate' with the tag list. */
export const revalidations = new EventEmitter()

/**
 * Collects, instead of expiring, the tags that writes made with this `req` touch: a release
 * publishes many documents in one transaction and must expire their tags once, after the commit
 * (src/lib/releases/transaction.ts). Readers who render before the commit would otherwise cache
 * the old content under tags already expired.
 */
export function collectRevalidations(req: PayloadRequest): () => string[] {
  const batch = new Set<string>()
  const first = req.context
  first.revalidationBatch = batch
  return () => {
    // Local API calls given a `context` replace req.context with a copy that holds the batch too.
    delete first.revalidationBatch
    delete req.context.revalidationBatch
    return [...batch]
  }
}

/**
 * Expires the tags once `req`'s transaction has committed: the next request renders fresh content
 * instead of being served the stale page while it regenerates. Before the commit, a render could
 * read the old content and cache it as new. In a Next server the proxies are purged once Next has
 * dropped the tags (src/cache-handler.mjs); outside one (seed, CLI, tests) there is no Next cache,
 * so they are purged at once.
 */
export async function revalidateTags(req: PayloadRequest, tags: string[]): Promise<void> {
  const batch = req.context?.revalidationBatch
  if (batch instanceof Set) {
    for (const tag of tags) batch.add(tag)
    return
  }
  const unique = [...new Set(tags)]
  if (unique.length === 0) return
  await afterCommit(req, async () => {
    revalidations.emit('revalidate', unique)
    if (!process.env.NEXT_RUNTIME) return purgeContent(unique)
    const { revalidateTag } = await import('next/cache')
    for (const tag of unique) revalidateTag(tag, { expire: 0 })
  })
}
