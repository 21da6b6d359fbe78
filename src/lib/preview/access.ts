import { cookies, draftMode, headers } from 'next/headers'
import { cache } from 'react'

import { documentId } from '@/lib/api/inputShape'
import type { FrameView } from '@/lib/content/frame'
import { payloadClient } from '@/lib/payload'

import { shareLinkDetails, type ShareDetails } from './shareDetails'
import { checkPreviewToken, idBySlug, PREVIEW_COOKIE, RELEASE_COOKIE } from './shareLinks'

/**
 * The release this request previews: draft mode is on, and the browser holds a good share link
 * for a release, or is signed in to the CMS and chose the release (its Live Preview). Pages then
 * show that release's content over what is published, and no other draft.
 */
export const releasePreview = cache(async (): Promise<number | undefined> => {
  if (!(await draftMode()).isEnabled) return undefined
  const jar = await cookies()
  const payload = await payloadClient()
  const token = jar.get(PREVIEW_COOKIE)?.value
  if (token) {
    const check = await checkPreviewToken(payload, token, undefined, Date.now(), { release: true })
    return check.ok ? check.claims.release : undefined
  }
  const chosen = documentId(jar.get(RELEASE_COOKIE)?.value)
  if (chosen === undefined) return undefined
  const { user } = await payload.auth({ headers: await headers() })
  return user ? chosen : undefined
})

/**
 * Whether this request may see the drafts of the guide or page at `slug`: draft mode is on, and the
 * browser either is signed in to the CMS or holds a share-link token for that document that is
 * still good. Outside draft mode it touches no cookie, so published pages stay static.
 */
export const canPreview = cache(
  async (collection: 'guides' | 'pages', slug: string): Promise<boolean> => {
    if (!(await draftMode()).isEnabled) return false
    // Previewing a release shows its content only, not every draft.
    if ((await releasePreview()) !== undefined) return false
    const payload = await payloadClient()
    const { user } = await payload.auth({ headers: await headers() })
    if (user) return true
    const token = (await cookies()).get(PREVIEW_COOKIE)?.value
    if (!token) return false
    const id = await idBySlug(payload, collection, slug)
    const target = id === undefined ? undefined : { relationTo: collection, value: id }
    return (await checkPreviewToken(payload, token, target)).ok
  },
)

/**
 * Which header and footer a preview shows: the release's while previewing one; the drafts for a
 * CMS user; the published ones for a share-link holder, whose link is for one guide or page only.
 */
export const previewFrameView = cache(async (): Promise<FrameView> => {
  if (!(await draftMode()).isEnabled) return 'published'
  const release = await releasePreview()
  if (release !== undefined) return { release }
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  return user ? 'drafts' : 'published'
})

/** The preview this browser is in: a share link's details, or a CMS user's own preview. */
export type PreviewSession = { kind: 'share'; details: ShareDetails } | { kind: 'cms' }

/**
 * Whether this request is in a preview, and whose: draft mode is on and the browser holds a share
 * link that is still good, or is signed in to the CMS. Pages that show only published content
 * (like /guides) still show the banner then: the reviewer is in a preview until they leave it.
 */
export const previewSession = cache(async (path?: string): Promise<PreviewSession | undefined> => {
  if (!(await draftMode()).isEnabled) return undefined
  const payload = await payloadClient()
  const token = (await cookies()).get(PREVIEW_COOKIE)?.value
  if (token) {
    const details = await shareLinkDetails(payload, token, path)
    return details ? { kind: 'share', details } : undefined
  }
  const { user } = await payload.auth({ headers: await headers() })
  return user ? { kind: 'cms' } : undefined
})
