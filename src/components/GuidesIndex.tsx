import { readableDate } from '@/lib/content/dates'
import { getPublishedGuidesLatestFirst } from '@/lib/content/guide'
import { getAddresses } from '@/lib/content/addresses'
import { linkKey } from '@/lib/content/links'
import { getSiteSettings } from '@/lib/content/site'
import { env } from '@/lib/env'
import { previewSession } from '@/lib/preview/access'
import { markdownTwin } from '@/lib/seo/metadata'

import type { Audience, RouteView } from './RouteView'
import { SiteFrame } from './SiteFrame'

/** Every published guide, latest change first: title, dek and "Updated", at its current address. */
export async function guidesIndexView(audience: Audience): Promise<RouteView> {
  const [site, guides, addresses, preview] = await Promise.all([
    getSiteSettings(),
    getPublishedGuidesLatestFirst(),
    getAddresses(),
    // The list is the published one, but a reviewer who comes here is still in their preview.
    audience === 'visitor' ? previewSession('/guides') : undefined,
  ])
  const url = `${env.SITE_URL}/guides`
  const head = {
    title: site.labels.guidesIndex,
    description: site.labels.guidesIndexDescription,
    canonical: url,
    alternates: markdownTwin(url),
  }
  const body = (
    <SiteFrame path="/guides" preview={preview !== undefined}>
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
