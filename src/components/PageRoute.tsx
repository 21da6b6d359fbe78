import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { getDraftPage, getPublishedPage, getReleasePage } from '@/lib/content/page'
import { getSiteSettings } from '@/lib/content/site'
import { canPreview, releasePreview } from '@/lib/preview/access'
import { pageMetadata } from '@/lib/seo/metadata'
import { jsonLdScript, pageJsonLd } from '@/lib/seo/structuredData'

import { PageBlocks } from './PageBlocks'
import { SiteFrame } from './SiteFrame'

/**
 * Published from the cache for readers; the latest draft for a CMS user or a share-link holder; a
 * release's content over what is published for whoever previews that release.
 */
async function loadPage(slug: string) {
  const release = await releasePreview()
  if (release !== undefined) return { page: await getReleasePage(slug, release), preview: true }
  const preview = await canPreview('pages', slug)
  const page = preview ? await getDraftPage(slug) : await getPublishedPage(slug)
  return { page, preview }
}

export async function pageRouteMetadata(slug: string): Promise<Metadata> {
  const { page, preview } = await loadPage(slug)
  if (!page) return {}
  const metadata = pageMetadata(page, await getSiteSettings())
  if (preview) metadata.robots = { index: false, follow: false }
  return metadata
}

export async function PageRoute({ slug }: { slug: string }) {
  const [{ page, preview }, site] = await Promise.all([loadPage(slug), getSiteSettings()])
  if (!page) notFound()
  return (
    <SiteFrame path={`/${slug}`} preview={preview}>
      <article className="page-layout">
        <header className="guide-header">
          <h1>{page.title}</h1>
          {page.dek ? <p className="dek">{page.dek}</p> : null}
        </header>
        <PageBlocks layout={page.layout} />
      </article>
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: jsonLdScript(pageJsonLd(page, site)) }}
      />
    </SiteFrame>
  )
}
