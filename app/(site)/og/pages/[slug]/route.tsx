import { tagged } from '@/lib/cache/surrogateKeys.mjs'
import { TAGS } from '@/lib/cache/tags'
import { getPublishedPage } from '@/lib/content/page'
import { getSiteSettings } from '@/lib/content/site'
import { isSlug } from '@/fields/slug'
import { ogCard } from '@/lib/seo/ogCard'

// As the guide's card (app/(site)/og/[slug]/route.tsx): drawn per request from cached data.
export const dynamic = 'force-dynamic'

type Context = { params: Promise<{ slug: string }> }

/** A page's generated Open Graph card (1200×630), for pages without an image of their own. */
export async function GET(_request: Request, { params }: Context) {
  const { slug } = await params
  const [page, site] = await Promise.all([
    isSlug(slug) ? getPublishedPage(slug) : null,
    getSiteSettings(),
  ])
  if (!page) return new Response('Not found', { status: 404 })
  const card = ogCard(
    page.title,
    <div style={{ display: 'flex', fontSize: 32, color: '#5b5852' }}>{site.publisher.name}</div>,
  )
  return tagged(card, [TAGS.page(slug), TAGS.site])
}
