import type { Metadata } from 'next'

import { readableDate } from '@/lib/content/dates'
import { getPublishedGuidesLatestFirst } from '@/lib/content/guide'
import { getAddresses } from '@/lib/content/addresses'
import { linkKey } from '@/lib/content/links'
import { getSiteSettings } from '@/lib/content/site'
import { env } from '@/lib/env'
import { markdownTwin } from '@/lib/seo/metadata'

import { SiteFrame } from './SiteFrame'

export async function guidesIndexMetadata(): Promise<Metadata> {
  const site = await getSiteSettings()
  return {
    title: site.labels.guidesIndex,
    description: site.labels.guidesIndexDescription,
    alternates: {
      canonical: `${env.SITE_URL}/guides`,
      types: markdownTwin(`${env.SITE_URL}/guides`),
    },
  }
}

/** Every published guide, latest change first: title, dek and "Updated", at its current address. */
export async function GuidesIndex() {
  const [site, guides, addresses] = await Promise.all([
    getSiteSettings(),
    getPublishedGuidesLatestFirst(),
    getAddresses(),
  ])
  return (
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
}
