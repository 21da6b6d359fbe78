import { cache } from 'react'

import { relationId } from '@/lib/content/relationId'
import { payloadClient } from '@/lib/payload'

/**
 * The release a preview shows (null if there is none), read once per render: the guide and the
 * frame around it both need its captured versions. Releases are closed to readers; the preview
 * token or CMS session that named it was checked before (src/lib/preview/access.ts).
 */
export const getPreviewedRelease = cache(async (releaseId: number) => {
  const payload = await payloadClient()
  return payload
    .findByID({ collection: 'releases', id: releaseId, depth: 0, overrideAccess: true })
    .catch(() => null)
})

export type CapturedDoc = Record<string, unknown> & { id: number }

/** One document a release holds: the version it captured, and that version's content (depth 0). */
export type Captured = { version: string; doc: CapturedDoc }

/**
 * Each document the release holds at its captured version, by `<collection>:<id>`: what the
 * release would publish. Read once per render, for the guide, its parts and the page alike.
 */
export const getReleaseCaptured = cache(
  async (releaseId: number): Promise<Map<string, Captured>> => {
    const payload = await payloadClient()
    const release = await getPreviewedRelease(releaseId)
    const captured = new Map<string, Captured>()
    for (const item of release?.items ?? []) {
      if (item.version == null) continue
      const id = Number(relationId(item.doc.value))
      const version = String(item.version)
      const read = await payload
        .findVersionByID({
          collection: item.doc.relationTo,
          id: version,
          depth: 0,
          overrideAccess: true,
        })
        .catch(() => null)
      if (read)
        captured.set(`${item.doc.relationTo}:${id}`, {
          version,
          doc: { ...(read.version as object), id },
        })
    }
    return captured
  },
)

/** The guide or page with this slug as the release captured it, if the release holds one. */
export async function capturedBySlug(
  releaseId: number,
  collection: 'guides' | 'pages',
  slug: string,
): Promise<Captured | undefined> {
  const captured = await getReleaseCaptured(releaseId)
  for (const [key, entry] of captured) {
    if (key.startsWith(`${collection}:`) && entry.doc.slug === slug) return entry
  }
  return undefined
}
