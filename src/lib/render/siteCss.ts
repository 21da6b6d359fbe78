import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'

// The site's one stylesheet, app/(site)/globals.css, served as it is written by /site.css
// (app/(site)/site.css) to readers' pages and previews alike. Not through Next's CSS pipeline: a
// reader's page is written by our own renderer (./staticMarkup.ts), which has no way to learn the
// name Next gives a bundled stylesheet. next.config.ts traces the file into the standalone build.

export const SITE_CSS_FILE = 'app/(site)/globals.css'
export const SITE_CSS_PATH = '/site.css'

let cached: { css: string; href: string } | undefined

/** The stylesheet, and its URL versioned by its content so browsers may keep it for a year. */
export function siteCss(): { css: string; href: string } {
  // Read once per server; in development on every request, so edits show on reload.
  if (cached && process.env.NODE_ENV === 'production') return cached
  const css = readFileSync(path.join(process.cwd(), SITE_CSS_FILE), 'utf8')
  const version = createHash('sha256').update(css).digest('hex').slice(0, 12)
  cached = { css, href: `${SITE_CSS_PATH}?v=${version}` }
  return cached
}
