import { siteView, notFoundView } from '@/components/SiteView'
import { readerResponse } from '@/lib/render/readerResponse'

// Readers' pages: `/`, `/<slug>`, `/guides` and `/guides/<slug>` as proxy.ts rewrites them when
// the request is not a preview (no draft mode, no share token). The same views as the App
// Router's pages (src/components/SiteView.tsx), written by our own renderer with no framework
// script. Cached on first request and expired by the content tags it read, like the pages were.
export const dynamic = 'force-static'
export const revalidate = false
export const generateStaticParams = () => []

type Context = { params: Promise<{ path?: string[] }> }

export async function GET(_request: Request, { params }: Context) {
  const view = await siteView((await params).path ?? [], 'reader')
  return view ? readerResponse(view) : readerResponse(await notFoundView(), 404)
}
