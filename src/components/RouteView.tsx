import type { ReactNode } from 'react'

import type { PageHead } from '@/lib/seo/head'

import { HeadTags } from './HeadTags'

/**
 * Who a public page is rendered for. `reader`: published content only, no cookie read, the same
 * bytes for everyone (src/lib/render: no framework script). `visitor`: whoever asked, so a CMS
 * user or a share-link holder in draft mode sees drafts (the App Router pages, with Next's runtime
 * for Live Preview).
 */
export type Audience = 'reader' | 'visitor'

/** A public page: what goes in its head, and its body inside the site's frame. */
export type RouteView = { head: PageHead; body: ReactNode }

/** A view in an App Router page: React hoists the head tags into the document's head. */
export function RouteViewPage({ view }: { view: RouteView }) {
  return (
    <>
      <HeadTags head={view.head} />
      {view.body}
    </>
  )
}
