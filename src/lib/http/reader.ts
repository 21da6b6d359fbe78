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
