import { siteCss } from '@/lib/render/siteCss'

/**
 * The site's stylesheet (src/lib/render/siteCss.ts). Pages ask for it with `?v=<content hash>`:
 * that URL never changes meaning, so browsers and shared caches keep it for a year.
 */
export function GET(request: Request) {
  const { css, href } = siteCss()
  const current = new URL(request.url).search === new URL(href, request.url).search
  return new Response(css, {
    headers: {
      'Content-Type': 'text/css; charset=utf-8',
      'Cache-Control': current ? 'public, max-age=31536000, immutable' : 'public, max-age=300',
    },
  })
}
