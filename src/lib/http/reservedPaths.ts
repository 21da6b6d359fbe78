import { pageOfTwin } from './markdownTwin'
import { CHANGES_FEED, DOCUMENT_ROUTES, LLMS_FILES, NEXT_FILES, SITE_ROUTES } from './siteRoutes'
import { sourcePath } from './sitePaths'

const under = (path: string, prefix: string) =>
  path === prefix || path.startsWith(prefix === '/' ? '/' : `${prefix}/`)

type Matcher = { route: string; prefix: string; below: boolean }

/**
 * What `route` answers, as sourcePath spells paths: a route with a dynamic segment answers
 * everything under its static part, except a document route, whose deeper paths are documents'
 * addresses. Worked out once a list: the proxy asks for every request.
 */
function matcher(route: string): Matcher | undefined {
  const segments = route.split('/').filter(Boolean)
  const dynamic = segments.findIndex((segment) => segment.startsWith('['))
  const prefix = sourcePath(`/${segments.slice(0, dynamic === -1 ? undefined : dynamic).join('/')}`)
  if (!('path' in prefix)) return undefined
  const below = dynamic !== -1 && !DOCUMENT_ROUTES.includes(route)
  return { route, prefix: prefix.path, below }
}

const compiled = new WeakMap<readonly string[], Matcher[]>()
const matchers = (routes: readonly string[]) => {
  let list = compiled.get(routes)
  if (!list) {
    list = routes.map(matcher).filter((m) => m !== undefined)
    compiled.set(routes, list)
  }
  return list
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
  const hit = matchers(routes).find((m) => (m.below ? under(path, m.prefix) : path === m.prefix))
  return hit ? `a route of the site (${hit.route})` : undefined
}
