/**
 * Every URL pattern app/ answers (route groups dropped, Next's `[param]` notation kept), and the
 * files of public/ (none yet). A list, not a scan of app/ at run time: the Docker image (Next's
 * standalone output) carries no app/ folder. tests/unit/siteRoutes.spec.ts scans app/ and fails,
 * printing the list to paste here, when a route is added or removed and this is not.
 */
export const SITE_ROUTES: readonly string[] = [
  '/[[...home]]',
  '/admin/[[...segments]]',
  '/api/[...slug]',
  '/api/graphql',
  '/api/graphql-playground',
  '/apple-touch-icon.png',
  '/beacon.js',
  '/bench/ceiling',
  '/changes-feed/[slug]',
  '/collect',
  '/copy-link.js',
  '/edit-link.js',
  '/edit-loader.js',
  '/exit-preview',
  '/favicon.ico',
  '/guides/[[...slug]]',
  '/markdown-draft/[[...path]]',
  '/markdown-weighted/[[...path]]',
  '/markdown/[[...path]]',
  '/og/[slug]',
  '/og/pages/[slug]',
  '/preview',
  '/reader/[[...path]]',
  '/redirect-table',
  '/review',
  '/review.js',
  '/robots.txt',
  '/scorecard.js',
  '/site.css',
  '/sitemap.xml',
  '/weighted/[[...path]]',
]

/**
 * The routes published documents live under (guidePath, pagePath): of these, the site answers
 * only the route's own path (`/`, `/guides`). A deeper path is a document's address, or was one:
 * a redirect may lead on from it while no document is published there (a rename leaves one).
 */
export const DOCUMENT_ROUTES: readonly string[] = ['/[[...home]]', '/guides/[[...slug]]']

/** Markdown files at the root, which proxy.ts rewrites to the twin route. */
export const LLMS_FILES: ReadonlySet<string> = new Set(['/llms.txt', '/llms-full.txt'])

/**
 * A guide's "What changed" feed: /guides/<slug>/changes.xml, rendered by its own route, which
 * answers only through proxy.ts's rewrite (the guides route is a page and cannot hold it).
 */
export const CHANGES_FEED = /^\/guides\/([^/]+)\/changes\.xml$/

/** Next's own files (build output, chunks, images), never routed through app/. */
export const NEXT_FILES = '/_next'

/** The reader's re-weighting script (app/(site)/scorecard.js), loaded by the scorecard's form. */
export const SCORECARD_SCRIPT_PATH = '/scorecard.js'

/**
 * A guide under a reader's `?w=` weights: rendered per request by its own route, which answers
 * only through proxy.ts's rewrite, so the guide's own URL stays one static, tag-purged page.
 */
export const WEIGHTED_ROUTE = '/weighted'

/**
 * Readers' pages (no draft mode, no share token), written without framework script by their own
 * route, which answers only through proxy.ts's rewrite of the document routes' paths.
 */
export const READER_ROUTE = '/reader'
