// A signed-in marketer's preview is held to the page they asked to preview. Next's draft-mode
// cookie is site-wide and lasts until the browser closes, so after one Preview their own browser
// went on showing drafts on every public page until they found "Exit preview". Held by the
// cookie's Path to the previewed page, drafts show there, and in the admin's Live Preview frame,
// which loads that same page; every other page is the live one, as readers see it.
// The home page's Path, `/`, covers the whole site, so a preview there (the home page, the header
// and footer, a framework or a criterion, a release) also ends by itself after PREVIEW_SECONDS:
// the admin's Live Preview asks /preview afresh whenever a document is opened, and meanwhile every
// page shows the banner with "Exit preview".
// A reviewer's share link is left as it was: its preview covers the pages it names (and /guides)
// until its token expires or they exit.

/** Next's draft-mode cookie (next/dist/server/api-utils, COOKIE_NAME_PRERENDER_BYPASS). */
export const DRAFT_MODE_COOKIE = '__prerender_bypass'

export const PREVIEW_SECONDS = 60 * 60

/** The cookie Path a preview of `location` (a site path, maybe with a query or #anchor) is held to. */
export function previewScope(location: string): string {
  const { pathname } = new URL(location, 'http://site.invalid')
  // A Path holds no `;` or space; a slug never has them, but a path that did would widen to `/`.
  return /^\/[A-Za-z0-9\-._~%/]*$/.test(pathname) ? pathname.replace(/(.)\/$/, '$1') : '/'
}

/** The attributes of a cookie held to `scope`: site-wide ones end after PREVIEW_SECONDS. */
export const scoped = (scope: string) => ({
  path: scope,
  ...(scope === '/' ? { maxAge: PREVIEW_SECONDS } : {}),
})
