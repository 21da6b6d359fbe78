import { createHash } from 'node:crypto'

import type { PayloadRequest } from 'payload'

import { latestVersion } from '@/lib/releases/versions'
import type { Release } from '@/payload-types'

export type Reviewable = 'guides' | 'pages' | 'releases'

/** What a reviewer approves: the draft as it stands, named by a key and when it last changed. */
export type DraftStamp = { key: string; savedAt: string }

/**
 * A release's draft is the set of versions it captured: its key is a digest of them, so adding,
 * removing or re-capturing a document makes it another draft.
 */
export function releaseDraftKey(release: Pick<Release, 'items' | 'globals'>): string {
  const held = [
    ...(release.items ?? []).map(
      ({ doc, version }) =>
        `${doc.relationTo}:${String(typeof doc.value === 'object' ? doc.value.id : doc.value)}@${version ?? ''}`,
    ),
    ...(release.globals ?? []).map(({ global, version }) => `${global}@${version ?? ''}`),
  ]
  return createHash('sha256').update(held.join('\n')).digest('hex').slice(0, 32)
}

/**
 * The draft a reviewer sees now. A guide's or page's is its newest version row; an autosave
 * rewrites that row in place, so `savedAt` tells a later edit of the same row apart.
 */
export async function currentDraft(
  req: PayloadRequest,
  collection: Reviewable,
  id: number,
  release?: Pick<Release, 'items' | 'globals' | 'updatedAt'>,
): Promise<DraftStamp | undefined> {
  if (collection === 'releases') {
    const doc =
      release ??
      (await req.payload.findByID({ collection, id, depth: 0, req, disableErrors: true }))
    return doc ? { key: releaseDraftKey(doc), savedAt: doc.updatedAt } : undefined
  }
  const newest = await latestVersion(req, collection, id)
  return newest ? { key: String(newest.id), savedAt: newest.updatedAt } : undefined
}
