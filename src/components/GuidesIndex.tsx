import { readableDate } from '@/lib/content/dates'
import { getPublishedGuidesLatestFirst } from '@/lib/content/guide'
import { getAddresses } from '@/lib/content/addresses'
import { linkKey } from '@/lib/content/links'
import { getSiteSettings } from '@/lib/content/site'
import { env } from '@/lib/env'
import { markdownTwin } from '@/lib/seo/metadata'

import type { RouteView } from './RouteView'
import { SiteFrame } from './SiteFrame'

/** Every published guide, latest change first: title, dek and "Updated", at its current address. */
export async function guidesIndexView(): Promise<RouteView> {
  const [site, guides, addresses] = await Promise.all([
    getSiteSettings(),
    getPublishedGuidesLatestFirst(),
    getAddresses(),
  ])
  const url = `${env.SITE_URL}/guides`
  const head = {
    title: site.labels.guidesIndex,
    description: site.labels.guidesIndexDescription,
    canonical: url,
    alternates: markdownTwin(url),
  }
  const body = (
    <SiteFrame path="/guides">
      <div className="page-layout">
        <h1>{site.labels.guidesIndex}</h1>
        <ul className="guide-cards">
          {guides.map((guide) => (
            <li key={guide.id}>
              <h2>
                <a href={addresses[linkKey('guides', guide.id)]?.path ?? `/guides/${guide.slug}`}>
                  {guide.title}
                </a>
              </h2>
              <p>{guide.dek}</p>
              <p className="updated">
                {guide.updatedLabel}{' '}
                <time dateTime={guide.lastUpdated}>{readableDate(guide.lastUpdated)}</time>
              </p>
            </li>
          ))}
        </ul>
      </div>
    </SiteFrame>
  )
  return { head, body }
}
