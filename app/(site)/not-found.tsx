import { SiteFrame } from '@/components/SiteFrame'
import { getSiteSettings } from '@/lib/content/site'

/** Any unknown address: the site frame, and the way to the guides index. */
export default async function NotFound() {
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
