import { getSiteSettings } from '@/lib/content/site'
import { MARKDOWN_CONTENT_TYPE } from '@/lib/http/markdownTwin'
import { PRIVATE_HEADERS } from '@/lib/http/responses'
import { twinMarkdown, twinTarget } from '@/lib/markdown/twin'

// The published twin under a reader's own weights (`<path>.md?w=…`; proxy.ts sends those here,
// and keeps every other twin on the static route, so the default twin stays one cached object).
// Rendered per request from the cached published guide, and never stored: a hostile reader's
// endless `w` variants cost a render each, never a cache entry.
export const dynamic = 'force-dynamic'

type Context = { params: Promise<{ path?: string[] }> }

export async function GET(request: Request, { params }: Context) {
  const segments = (await params).path ?? []
  const target = twinTarget(segments, (await getSiteSettings()).homeGuideSlug)
  const w = new URL(request.url).searchParams.getAll('w')
  const markdown = target ? await twinMarkdown(target, false, w) : null
  if (markdown === null) {
    return new Response('Not found: nothing is published at this address.\n', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', ...PRIVATE_HEADERS },
    })
  }
  return new Response(markdown, {
    headers: {
      'Content-Type': target?.kind.startsWith('llms')
        ? 'text/plain; charset=utf-8'
        : MARKDOWN_CONTENT_TYPE,
      Vary: 'Accept',
      ...PRIVATE_HEADERS,
    },
  })
}
