import { getDraftPage, getPublishedPage, getReleasePage } from '@/lib/content/page'
import { getSiteSettings } from '@/lib/content/site'
import { canPreview, releasePreview } from '@/lib/preview/access'
import { unindexed } from '@/lib/seo/head'
import { reviewerView } from '@/lib/review/reviewerView'
import { pageMetadata } from '@/lib/seo/metadata'
import { jsonLdScript, pageJsonLd } from '@/lib/seo/structuredData'

import { PageBlocks } from './PageBlocks'
import { ReviewPanel } from './review/ReviewPanel'
import { ReviewPlace } from './review/ReviewPlace'
import type { Audience, RouteView } from './RouteView'
import { SiteFrame } from './SiteFrame'

/**
 * Published from the cache for readers; the latest draft for a CMS user or a share-link holder; a
 * release's content over what is published for whoever previews that release.
 */
async function loadPage(slug: string, audience: Audience) {
  if (audience === 'reader') return { page: await getPublishedPage(slug), preview: false }
  const release = await releasePreview()
  if (release !== undefined) return { page: await getReleasePage(slug, release), preview: true }
  const preview = await canPreview('pages', slug)
  const page = preview ? await getDraftPage(slug) : await getPublishedPage(slug)
  return { page, preview }
}

/** The page at `/<slug>`, or null where none is (published, or previewable by this request). */
export async function pageView(slug: string, audience: Audience): Promise<RouteView | null> {
  const [{ page, preview }, site] = await Promise.all([loadPage(slug, audience), getSiteSettings()])
  if (!page) return null
  const head = pageMetadata(page, site)
  // A share link's holder reviews what it shows; nobody else's page reads any of it.
  const review = preview
    ? await reviewerView(`/${slug}`, { relationTo: 'pages', doc: page })
    : undefined
  return {
    head: preview ? unindexed(head) : head,
    body: (
      <SiteFrame path={`/${slug}`} preview={preview}>
        {review ? <ReviewPanel review={review} /> : null}
        <article className="page-layout">
          <ReviewPlace review={review} field="dek">
            <header className="guide-header">
              <h1>{page.title}</h1>
              {page.dek ? <p className="dek">{page.dek}</p> : null}
            </header>
          </ReviewPlace>
          <PageBlocks layout={page.layout} review={review} />
        </article>
        <script
          type="application/ld+json"
          dangerouslySetInnerHTML={{ __html: jsonLdScript(pageJsonLd(page, site)) }}
        />
      </SiteFrame>
    ),
  }
}
