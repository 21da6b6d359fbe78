import { MARKDOWN_CONTENT_TYPE } from '@/lib/http/markdownTwin'
import { getSiteSettings } from '@/lib/content/site'
import { twinMarkdown, twinTarget } from '@/lib/markdown/twin'

// The published Markdown twins (`<path>.md`, or the page's URL with Accept: text/markdown; see
// proxy.ts). Cached on first request like the HTML pages, and expired by the same tags.
export const dynamic = 'force-static'
export const revalidate = false
export const generateStaticParams = () => []

type Context = { params: Promise<{ path?: string[] }> }

export async function GET(_request: Request, { params }: Context) {
  const segments = (await params).path ?? []
  const target = twinTarget(segments, (await getSiteSettings()).homeGuideSlug)
  const markdown = target ? await twinMarkdown(target) : null
  if (markdown === null) {
    return new Response('Not found: nothing is published at this address.\n', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    })
  }
  return new Response(markdown, {
    headers: {
      // llms.txt and llms-full.txt are Markdown too, but browsers show .txt files as text.
      'Content-Type': target?.kind.startsWith('llms')
        ? 'text/plain; charset=utf-8'
        : MARKDOWN_CONTENT_TYPE,
      Vary: 'Accept',
    },
  })
}
