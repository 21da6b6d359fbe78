import config from '@payload-config'
import { unstable_cache } from 'next/cache'
import { getPayload } from 'payload'
import { cache } from 'react'

import type { Footer, Header, Media } from '@/payload-types'

import { TAGS } from './cacheTags'
import { getAddresses, hrefOf } from './links'

export type FrameLink = { label: string; href: string }

export type Frame = {
  siteName: string
  logo: Pick<Media, 'url' | 'width' | 'height'> | null
  labels: Header['labels']
  navigation: FrameLink[]
  groups: { heading: string; links: FrameLink[] }[]
  legal: string | null
}

type Links = Header['navigation']

/** The header and footer globals, cached until either is saved. */
const getFrameGlobals = cache(
  unstable_cache(
    async (): Promise<{ header: Header; footer: Footer }> => {
      const payload = await getPayload({ config })
      const [header, footer] = await Promise.all([
        payload.findGlobal({ slug: 'header', depth: 1, overrideAccess: false }),
        payload.findGlobal({ slug: 'footer', depth: 0, overrideAccess: false }),
      ])
      return { header, footer }
    },
    ['frame'],
    { tags: [TAGS.frame] },
  ),
)

/**
 * What the header and footer show: every link at its target's current address, and a link to
 * a document that is not published left out.
 */
export const getFrame = cache(async (): Promise<Frame> => {
  const [{ header, footer }, addresses] = await Promise.all([getFrameGlobals(), getAddresses()])
  const resolve = (links: Links) =>
    (links ?? []).flatMap((link) => {
      const href = hrefOf(link, addresses)
      return href ? [{ label: link.label, href }] : []
    })
  const logo = typeof header.logo === 'object' && header.logo?.url ? header.logo : null
  return {
    siteName: header.siteName,
    logo: logo ? { url: logo.url, width: logo.width, height: logo.height } : null,
    labels: header.labels,
    navigation: resolve(header.navigation),
    groups: (footer.groups ?? [])
      .map((group) => ({ heading: group.heading, links: resolve(group.links) }))
      .filter((group) => group.links.length > 0),
    legal: footer.legal ?? null,
  }
})
