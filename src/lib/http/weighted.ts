import { isSlug } from '@/fields/slug'

import { WEIGHTED_ROUTE } from './siteRoutes'

/**
 * Where proxy.ts sends a guide's URL that carries a reader's `?w=`: the weighted route's path for
 * `/` (the home guide) and `/guides/<slug>`, or null for anything else (a page, the guides index
 * and every URL without `w` are answered as they are, `w` unread).
 */
export function weightedRoute(pathname: string, search: URLSearchParams): string | null {
  if (!search.has('w')) return null
  if (pathname === '/') return WEIGHTED_ROUTE
  const [first, slug, ...rest] = pathname.slice(1).split('/')
  return first === 'guides' && slug && isSlug(slug) && rest.length === 0
    ? `${WEIGHTED_ROUTE}/guides/${slug}`
    : null
}
