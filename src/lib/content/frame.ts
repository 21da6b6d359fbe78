import { unstable_cache } from 'next/cache'
import { cache } from 'react'

import { TAGS } from '@/lib/cache/tags'
import { getReleaseFrameGlobals } from '@/lib/releases/releaseFrame'
import type { Footer, Header, Media } from '@/payload-types'

import { HEADER_DEFAULTS } from './frameDefaults'
import { getAddresses } from './addresses'
import { hrefOf } from './links'
import { payloadClient } from '@/lib/payload'

export type FrameLink = { label: string; href: string }

export type Frame = {
  siteName: string
  logo: Pick<Media, 'url' | 'width' | 'height'> | null
  labels: Header['labels']
  navigation: FrameLink[]
  groups: { heading: string; links: FrameLink[] }[]
  legal: string | null
}

/**
 * Which header and footer a page shows: the published ones; a CMS user's drafts in draft mode; or
 * a release's (its captured versions over the published ones) while previewing that release.
 */
export type FrameView = 'published' | 'drafts' | { release: number }

/** A global never published reads as `{}` for readers (its access admits published only). */
export type FrameGlobals = { header: Partial<Header>; footer: Partial<Footer> }

type Links = Header['navigation']

/** The published header and footer globals, cached until either is published. */
const getPublishedGlobals = cache(
  unstable_cache(
    async (): Promise<FrameGlobals> => {
      const payload = await payloadClient()
      // No `draft`: the main row, which only a publish writes. Readers' access: published only.
      const [header, footer] = await Promise.all([
        payload.findGlobal({ slug: 'header', depth: 1, draft: false, overrideAccess: false }),
        payload.findGlobal({ slug: 'footer', depth: 0, draft: false, overrideAccess: false }),
      ])
      return { header, footer }
    },
    ['frame'],
    { tags: [TAGS.frame] },
  ),
)

/** The newest drafts, for a CMS user in draft mode only. Never cached across requests. */
async function getDraftGlobals(): Promise<FrameGlobals> {
  const payload = await payloadClient()
  const [header, footer] = await Promise.all([
    payload.findGlobal({ slug: 'header', depth: 1, draft: true, overrideAccess: true }),
    payload.findGlobal({ slug: 'footer', depth: 0, draft: true, overrideAccess: true }),
  ])
  return { header, footer }
}

async function globalsFor(view: FrameView): Promise<FrameGlobals> {
  if (view === 'published') return getPublishedGlobals()
  if (view === 'drafts') return getDraftGlobals()
  const [published, released] = await Promise.all([
    getPublishedGlobals(),
    getReleaseFrameGlobals(view.release),
  ])
  return { ...published, ...released }
}

/**
 * What the header and footer show: every link at its target's current address, and a link to
 * a document that is not published left out.
 */
export const getFrame = cache(async (view: FrameView = 'published'): Promise<Frame> => {
  const [{ header, footer }, addresses] = await Promise.all([globalsFor(view), getAddresses()])
  const resolve = (links: Links) =>
    (links ?? []).flatMap((link) => {
      const href = hrefOf(link, addresses)
      return href ? [{ label: link.label, href }] : []
    })
  const logo = typeof header.logo === 'object' && header.logo?.url ? header.logo : null
  return {
    siteName: header.siteName ?? HEADER_DEFAULTS.siteName,
    logo: logo ? { url: logo.url, width: logo.width, height: logo.height } : null,
    labels: header.labels ?? HEADER_DEFAULTS.labels,
    navigation: resolve(header.navigation),
    groups: (footer.groups ?? [])
      .map((group) => ({ heading: group.heading, links: resolve(group.links) }))
      .filter((group) => group.links.length > 0),
    legal: footer.legal ?? null,
  }
})
