/**
 * A cookie that says only "a CMS user signed in on this browser" (set and cleared in ./hint.ts).
 * Pages read it from script, so it is not HttpOnly, and it carries no secret: the edit link itself
 * comes from an authenticated endpoint (./endpoint.ts).
 */
export const EDITOR_HINT_COOKIE = 'guide_editor'

/** Where the editor's script is served (app/(site)/edit-link.js/route.ts). */
export const EDIT_LINK_SCRIPT_PATH = '/edit-link.js'

/**
 * Inlined in every public page, the same bytes for everyone, so cached pages never vary per user.
 * A reader without the hint cookie runs this one test and loads nothing more.
 */
// `if`, not `&&`: Next escapes `&` as `\u0026` where it repeats the layout in the RSC payload.
export const EDIT_LINK_LOADER = `if(/(^|; )${EDITOR_HINT_COOKIE}=1/.test(document.cookie))document.body.append(Object.assign(document.createElement('script'),{src:'${EDIT_LINK_SCRIPT_PATH}'}))`

/**
 * For a browser with the hint: asks the API (with the session cookie) where this page is edited and
 * shows the link in a landmark of its own. A stale hint (session expired) is cleared on the 401.
 */
export const EDIT_LINK_SCRIPT = `(function () {
  fetch('/api/edit-link?path=' + encodeURIComponent(location.pathname), {
    credentials: 'same-origin',
    headers: { Accept: 'application/json' },
  })
    .then(function (response) {
      if (response.status === 401) {
        document.cookie = '${EDITOR_HINT_COOKIE}=; Path=/; Max-Age=0; SameSite=Lax'
      }
      return response.ok ? response.json() : null
    })
    .then(function (body) {
      if (!body || !body.url) return
      var aside = document.createElement('aside')
      aside.setAttribute('aria-label', 'Editing')
      // Styled here, not in the site's CSS: readers download none of it.
      aside.style.cssText = 'position:fixed;right:1rem;bottom:1rem;z-index:30'
      var link = document.createElement('a')
      link.href = body.url
      link.textContent = 'Edit this page'
      link.style.cssText =
        'display:block;padding:0.6rem 1rem;border-radius:8px;background:var(--text);color:var(--bg);font-weight:600;box-shadow:0 2px 8px rgb(0 0 0 / 25%)'
      aside.appendChild(link)
      document.body.appendChild(aside)
    })
    .catch(function () {})
})()
`
