import { pageOfTwin } from './markdownTwin'
import { CHANGES_FEED, DOCUMENT_ROUTES, LLMS_FILES, NEXT_FILES, SITE_ROUTES } from './siteRoutes'
import { sourcePath } from './sitePaths'

const under = (path: string, prefix: string) =>
  path === prefix || path.startsWith(prefix === '/' ? '/' : `${prefix}/`)

/**
 * Whether `route` answers `path` (both as sourcePath spells them). A route with a dynamic
 * segment answers everything under its static part, except a document route, whose deeper paths
 * are documents' addresses.
 */
function answers(route: string, path: string): boolean {
  const segments = route.split('/').filter(Boolean)
  const dynamic = segments.findIndex((segment) => segment.startsWith('['))
  const prefix = sourcePath(`/${segments.slice(0, dynamic === -1 ? undefined : dynamic).join('/')}`)
  if (!('path' in prefix)) return false
  if (dynamic === -1 || DOCUMENT_ROUTES.includes(route)) return path === prefix.path
  return under(path, prefix.path)
}

/**
 * What the site itself answers at `path` (as sourcePath spells it), said for an editor, or
 * undefined: a redirect from such a path would take it over (a redirect from /preview would
 * carry every share link's token away), so none may have one. `routes` is for tests.
 */
export function reservedBy(path: string, routes: readonly string[] = SITE_ROUTES) {
  if (under(path, NEXT_FILES)) return `Next’s own files (${NEXT_FILES}/…)`
  if (LLMS_FILES.has(path)) return `the site’s ${path}`
  if (CHANGES_FEED.test(path)) return 'a guide’s “What changed” feed'
  const page = pageOfTwin(path)
  if (page) return `the Markdown twin of ${page} (redirect ${page} instead: its twin follows)`
  const route = routes.find((r) => answers(r, path))
  return route ? `a route of the site (${route})` : undefined
}
