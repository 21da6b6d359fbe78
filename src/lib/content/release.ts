import config from '@payload-config'
import { getPayload } from 'payload'
import { cache } from 'react'

/**
 * The release a preview shows (null if there is none), read once per render: the guide and the
 * frame around it both need its captured versions. Releases are closed to readers; the preview
 * token or CMS session that named it was checked before (src/lib/preview/access.ts).
 */
export const getPreviewedRelease = cache(async (releaseId: number) => {
  const payload = await getPayload({ config })
  return payload
    .findByID({ collection: 'releases', id: releaseId, depth: 0, overrideAccess: true })
    .catch(() => null)
})
