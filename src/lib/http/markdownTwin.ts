import { isSlug } from '@/fields/slug'

/** The routes that render twins (app/(site)/markdown…): reached only through proxy.ts. */
export const MARKDOWN_ROUTE = '/markdown'
export const MARKDOWN_DRAFT_ROUTE = '/markdown-draft'
/** A published twin under a reader's own weights (`?w=`): rendered per request, never stored. */
export const MARKDOWN_WEIGHTED_ROUTE = '/markdown-weighted'

export const MARKDOWN_CONTENT_TYPE = 'text/markdown; charset=utf-8'

/** The twin of `/` is /index.md: `/.md` is no URL anyone would type. */
const HOME_TWIN = '/index.md'

/** Whether a page path has a twin: `/`, `/guides`, `/guides/<slug>` or `/<slug>`. */
export function hasTwin(path: string): boolean {
  if (path === '/' || path === '/guides') return true
  const segments = path.slice(1).split('/')
  if (segments.length === 2 && segments[0] === 'guides') return isSlug(segments[1] ?? '')
  return segments.length === 1 && isSlug(segments[0] ?? '')
}

/** The page a `.md` URL is the twin of (`/guides/x.md` → `/guides/x`), or undefined. */
export function pageOfTwin(pathname: string): string | undefined {
  if (pathname === HOME_TWIN) return '/'
  if (!pathname.endsWith('.md')) return undefined
  const page = pathname.slice(0, -'.md'.length)
  return page !== '/' && hasTwin(page) ? page : undefined
}

/** The `.md` URL of a page path (`/` → `/index.md`); anything else (another site) as it is. */
export function twinOf(location: string): string {
  if (!location.startsWith('/') || location.startsWith('//')) return location
  const url = new URL(location, 'http://site.invalid')
  const twin = url.pathname === '/' ? HOME_TWIN : `${url.pathname}.md`
  return hasTwin(url.pathname) ? `${twin}${url.search}` : location
}

/** The media ranges of an Accept header with their quality (RFC 9110 §12.5.1). */
function qualities(accept: string): Map<string, number> {
  const ranges = new Map<string, number>()
  for (const part of accept.split(',')) {
    const [range, ...params] = part.split(';').map((piece) => piece.trim().toLowerCase())
    if (!range) continue
    const q = params.find((param) => param.startsWith('q='))
    const quality = q ? Number(q.slice(2)) : 1
    if (Number.isFinite(quality) && !ranges.has(range)) ranges.set(range, quality)
  }
  return ranges
}

/**
 * Whether a client asks for Markdown rather than HTML: it names text/markdown, with a quality above
 * zero and no lower than text/html's (browsers, which send text/html and *\/*, keep the HTML).
 */
export function prefersMarkdown(accept: string | null): boolean {
  if (!accept || accept.length > 1024) return false
  const ranges = qualities(accept)
  const markdown = ranges.get('text/markdown') ?? 0
  const html = ranges.get('text/html') ?? ranges.get('text/*') ?? ranges.get('*/*') ?? 0
  return markdown > 0 && markdown >= html
}
