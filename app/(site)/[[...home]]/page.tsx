import { notFound } from 'next/navigation'

import { RouteViewPage } from '@/components/RouteView'
import { siteView } from '@/components/SiteView'

// Previews only: proxy.ts sends readers' requests (no draft mode, no share token) to the reader
// route (app/(site)/reader), which writes the same views with no framework script. Here a CMS
// user or a share-link holder gets drafts, with Next's runtime for Live Preview.
export const revalidate = false
export const generateStaticParams = () => []

type Props = { params: Promise<{ home?: string[] }> }

/** `/` is the guide chosen in the site global, `/<slug>` a page; anything deeper is not found. */
export default async function SitePage({ params }: Props) {
  const view = await siteView((await params).home ?? [], 'visitor')
  if (!view) notFound()
  return <RouteViewPage view={view} />
}
