import type { Footer, Header } from '@/payload-types'

import { getPreviewedRelease } from './release'
import { payloadClient } from '@/lib/payload'

/** What src/lib/content/frame.ts lays over the published header and footer. */
export type ReleaseFrame = { header?: Partial<Header>; footer?: Partial<Footer> }

/**
 * The header and footer a release holds, at their captured versions: what the release would
 * publish. A global the release does not hold is left out (the published one shows).
 */
export async function getReleaseFrameGlobals(releaseId: number): Promise<ReleaseFrame> {
  const payload = await payloadClient()
  const release = await getPreviewedRelease(releaseId)
  const globals: ReleaseFrame = {}
  for (const item of release?.globals ?? []) {
    const version = await payload
      .findGlobalVersionByID({
        slug: item.global,
        id: String(item.version),
        // The header's logo, as the published read populates it.
        depth: 1,
        overrideAccess: true,
      })
      .catch(() => null)
    if (version) Object.assign(globals, { [item.global]: version.version })
  }
  return globals
}
