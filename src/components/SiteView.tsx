import { isSlug } from '@/fields/slug'
import { getSiteSettings } from '@/lib/content/site'

import { guideView } from './GuideRoute'
import { guidesIndexView } from './GuidesIndex'
import { pageView } from './PageRoute'
import type { Audience, RouteView } from './RouteView'
import { SiteFrame } from './SiteFrame'

/**
 * The public page at a path, split into segments: `/` is the guide chosen in the site global,
 * `/<slug>` a page, `/guides` the index, `/guides/<slug>` a guide. Null for anything else, and for
 * a document that is not there; a path that cannot be an address is not looked up at all.
 */
export async function siteView(segments: string[], audience: Audience): Promise<RouteView | null> {
  const [first, second, ...rest] = segments
  if (first === undefined) {
    const home = (await getSiteSettings()).homeGuideSlug
    return home ? guideView(home, '/', audience) : null
  }
  if (rest.length > 0 || !isSlug(first) || (second !== undefined && !isSlug(second))) return null
  if (first === 'guides') {
    return second === undefined
      ? guidesIndexView(audience)
      : guideView(second, `/guides/${second}`, audience)
  }
  return second === undefined ? pageView(first, audience) : null
}

/** Any unknown address: the site frame, and the way to the guides index. */
export async function notFoundView(): Promise<RouteView> {
  const site = await getSiteSettings()
  return {
    head: { title: site.labels.notFound, robots: { index: false, follow: true } },
    body: (
      <SiteFrame>
        <div className="page-layout not-found">
          <h1>{site.labels.notFound}</h1>
          <p>
            {site.labels.notFoundHint} <a href="/guides">{site.labels.guidesIndex}</a>
          </p>
        </div>
      </SiteFrame>
    ),
  }
}
