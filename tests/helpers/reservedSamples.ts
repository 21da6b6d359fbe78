import { DOCUMENT_ROUTES } from '@/lib/http/siteRoutes'

/** Paths the site answers outside app/'s routes: Next's files, proxy.ts's rewrites, the twins. */
const BESIDE_ROUTES = [
  '/_next/static/chunks/main.js',
  '/llms.txt',
  '/llms-full.txt',
  '/guides/some-guide/changes.xml',
  '/index.md',
  '/guides.md',
  '/guides/some-guide.md',
  '/some-page.md',
]

/**
 * A path each route answers (`/og/[slug]` → `/og/x`; `/admin/[[...segments]]` → `/admin` and
 * `/admin/x`; a document route only its own path), and the paths answered beside the routes.
 */
export function reservedSamples(routes: readonly string[]): string[] {
  const samples = new Set(BESIDE_ROUTES)
  for (const route of routes) {
    const segments = route.split('/').filter(Boolean)
    const sample = (optional: string[]) =>
      `/${segments
        .flatMap((segment) => {
          if (segment.startsWith('[[...')) return optional
          if (segment.startsWith('[...')) return ['x', 'y']
          return segment.startsWith('[') ? ['x'] : [segment]
        })
        .join('/')}`
    samples.add(sample([]))
    if (route.includes('[[...') && !DOCUMENT_ROUTES.includes(route)) samples.add(sample(['x']))
  }
  return [...samples]
}
