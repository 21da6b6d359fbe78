import { PHASE_PRODUCTION_BUILD } from 'next/constants'

import { SiteFrame } from '@/components/SiteFrame'
import { getSiteSettings } from '@/lib/content/site'

/** Any unknown address: the site frame, and the way to the guides index. */
export default async function NotFound() {
  // Next renders this boundary along with any page it prerenders at build, when there is no
  // database (only the benchmark's ceiling page is prerendered): it renders an empty main then.
  if (process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD) return <main className="site-main" />
  const site = await getSiteSettings()
  return (
    <SiteFrame>
      {/* React puts it in the head: a not-found page has no metadata of its own. */}
      <title>{site.labels.notFound}</title>
      <div className="page-layout not-found">
        <h1>{site.labels.notFound}</h1>
        <p>
          {site.labels.notFoundHint} <a href="/guides">{site.labels.guidesIndex}</a>
        </p>
      </div>
    </SiteFrame>
  )
}
