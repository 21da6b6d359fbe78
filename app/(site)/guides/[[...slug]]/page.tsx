import { notFound } from 'next/navigation'

import { RouteViewPage } from '@/components/RouteView'
import { siteView } from '@/components/SiteView'

// Previews only, as app/(site)/[[...home]]: readers get the reader route's copy of the same view.
export const revalidate = false
export const generateStaticParams = () => []

type Props = { params: Promise<{ slug?: string[] }> }

/** /guides lists the published guides; /guides/<slug> is one of them. */
export default async function GuidesPage({ params }: Props) {
  const view = await siteView(['guides', ...((await params).slug ?? [])], 'visitor')
  if (!view) notFound()
  return <RouteViewPage view={view} />
}
