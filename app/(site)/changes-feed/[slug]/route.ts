import { isSlug } from '@/fields/slug'
import { changesFeed } from '@/lib/content/changesFeed'
import { getPublishedGuide } from '@/lib/content/guide'
import { getSiteSettings } from '@/lib/content/site'

// The Atom feed of a guide's "What changed", at /guides/<slug>/changes.xml through proxy.ts (the
// guides route is an optional catch-all page and cannot hold a route). Cached on first request,
// and expired with the guide's tag, like the page.
export const dynamic = 'force-static'
export const revalidate = false
export const generateStaticParams = () => []

type Context = { params: Promise<{ slug: string }> }

export async function GET(_request: Request, { params }: Context) {
  const { slug } = await params
  const guide = isSlug(slug) ? await getPublishedGuide(slug) : null
  if (!guide) {
    return new Response('Not found: no guide is published at this address.\n', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    })
  }
  return new Response(changesFeed(guide, await getSiteSettings()), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  })
}
