import { EDIT_LINK_LOADER } from '@/lib/editLink/script'

// The scripts of our own that reader pages load, each doing one thing, deferred (never blocking
// rendering), and each optional: the page works without it. Served by their own static routes.

/** Where the "Copy link" script is served (app/(site)/copy-link.js). */
export const COPY_LINK_SCRIPT_PATH = '/copy-link.js'

/**
 * Where the measurement beacon is served (app/(site)/beacon.js, src/lib/analytics/beaconScript.ts).
 * Only readers' published pages load it: a preview, a share link or Live Preview is not a reader.
 */
export const BEACON_SCRIPT_PATH = '/beacon.js'

/** Where the "Edit this page" loader is served (app/(site)/edit-loader.js). */
export const EDIT_LOADER_SCRIPT_PATH = '/edit-loader.js'

/**
 * A "Copy link" anchor (src/components/CopyLink.tsx) still goes to its section; with this, the
 * click also puts the section's full URL on the clipboard and says so for two seconds.
 */
export const COPY_LINK_SCRIPT = `document.addEventListener('click', function (event) {
  var link = event.target instanceof Element && event.target.closest('a.copy-link[data-copied]')
  if (!link || !navigator.clipboard) return
  var text = link.querySelector('.copy-link-text')
  var url = location.origin + location.pathname + link.getAttribute('href')
  navigator.clipboard.writeText(url).then(function () {
    if (!text) return
    if (!link.dataset.label) link.dataset.label = text.textContent
    text.textContent = link.dataset.copied
    setTimeout(function () { text.textContent = link.dataset.label }, 2000)
  }, function () {})
})
`

/** The "Edit this page" loader (src/lib/editLink/script.ts), as a file of its own. */
export const EDIT_LOADER_SCRIPT = `${EDIT_LINK_LOADER}\n`
