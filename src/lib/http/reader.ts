import { DOCUMENT_ROUTES, READER_ROUTE, SITE_ROUTES } from './siteRoutes'

/** First path segments some other route answers: everything else is a document route's. */
const OTHER_ROUTES = new Set(
  SITE_ROUTES.filter((route) => !DOCUMENT_ROUTES.includes(route)).map(
    (route) => route.split('/')[1] ?? '',
  ),
)

/**
 * Where proxy.ts sends a reader's request for `pathname`: the reader route's path when the
 * document routes (`/[[...home]]`, `/guides/[[...slug]]`) would answer it (a guide, a page, the
 * index, or an address that is not found), else null. Any query is left behind: a reader's page is
 * one cached copy per path.
 */
export function readerRoute(pathname: string): string | null {
  const first = pathname.split('/')[1] ?? ''
  // Next's own (`/_next`, its dev tools' `/__nextjs…`) and every other route's paths.
  if (first.startsWith('_') || OTHER_ROUTES.has(first)) return null
  return pathname === '/' ? READER_ROUTE : `${READER_ROUTE}${pathname}`
}

/** Our own files readers' pages load, by path, with the type each route answers with. */
const OWN_ASSETS: Record<string, string> = {
  '/site.css': 'text/css; charset=utf-8',
  '/scorecard.js': 'text/javascript; charset=utf-8',
  '/copy-link.js': 'text/javascript; charset=utf-8',
  '/edit-loader.js': 'text/javascript; charset=utf-8',
  '/edit-link.js': 'text/javascript; charset=utf-8',
  '/beacon.js': 'text/javascript; charset=utf-8',
  '/review.js': 'text/javascript; charset=utf-8',
}

/**
 * The Content-Type proxy.ts sets ahead of the route that answers `pathname`, for readers' pages
 * and our own files: Next copies a route handler's own Content-Type in a form its compression
 * cannot read, so route handlers go out uncompressed (vercel/next.js#98007). Set before the
 * route answers, it stays as it is, and the response is gzipped.
 */
export const contentTypeAhead = (pathname: string, reader: boolean): string | undefined =>
  reader ? 'text/html; charset=utf-8' : OWN_ASSETS[pathname]
