import type { Metadata } from 'next'

import { getPublishedGuide } from '@/lib/content/guide'
import { getAddresses, linkKey } from '@/lib/content/links'
import { getPublishedGuideSlugs, getSiteSettings } from '@/lib/content/site'
import { env } from '@/lib/env'

import { SiteFrame } from './SiteFrame'

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' })

export async function guidesIndexMetadata(): Promise<Metadata> {
  const site = await getSiteSettings()
  return {
    title: site.labels.guidesIndex,
    alternates: { canonical: `${env.SITE_URL}/guides` },
  }
}

/** Every published guide, latest change first: title, dek and "Updated", at its current address. */
export async function GuidesIndex() {
  const [site, slugs, addresses] = await Promise.all([
    getSiteSettings(),
    getPublishedGuideSlugs(),
    getAddresses(),
  ])
  const guides = (await Promise.all(slugs.map((slug) => getPublishedGuide(slug))))
    .filter((guide) => guide !== null)
    .sort((a, b) => b.lastUpdated.localeCompare(a.lastUpdated))
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
                <time dateTime={guide.lastUpdated}>
                  {dateFormat.format(new Date(guide.lastUpdated))}
                </time>
              </p>
            </li>
          ))}
        </ul>
      </div>
    </SiteFrame>
  )
}
