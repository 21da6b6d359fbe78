import config from '@payload-config'
import { cookies, draftMode, headers } from 'next/headers'
import { getPayload } from 'payload'
import { cache } from 'react'

import { checkPreviewToken, idBySlug, PREVIEW_COOKIE } from './shareLinks'

/**
 * Whether this request may see the drafts of the guide or page at `slug`: draft mode is on, and the
 * browser either is signed in to the CMS or holds a share-link token for that document that is
 * still good. Outside draft mode it touches no cookie, so published pages stay static.
 */
export const canPreview = cache(
  async (collection: 'guides' | 'pages', slug: string): Promise<boolean> => {
    if (!(await draftMode()).isEnabled) return false
    const payload = await getPayload({ config })
    const { user } = await payload.auth({ headers: await headers() })
    if (user) return true
    const token = (await cookies()).get(PREVIEW_COOKIE)?.value
    if (!token) return false
    const id = await idBySlug(payload, collection, slug)
    const target = id === undefined ? undefined : { relationTo: collection, value: id }
    return (await checkPreviewToken(payload, token, target)).ok
  },
)
