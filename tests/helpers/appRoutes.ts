import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'

// Next's file conventions (https://nextjs.org/docs/app/getting-started/project-structure):
// `page.*` and `route.*` make a route (`page.bench.tsx` too: the bench build's pageExtensions);
// metadata files are served under their own URL.
const ROUTE_FILE = /^(page|route)(\.[a-z]+)?\.(tsx|ts|jsx|js|mdx)$/
const CODE = /\.(tsx|ts|jsx|js)$/
const METADATA: [RegExp, (file: string) => string][] = [
  [/^sitemap\.(ts|js|xml)$/, () => 'sitemap.xml'],
  [/^robots\.(ts|js|txt)$/, () => 'robots.txt'],
  [/^manifest\.(ts|js|webmanifest)$/, () => 'manifest.webmanifest'],
  [/^manifest\.json$/, () => 'manifest.json'],
  [/^favicon\.ico$/, () => 'favicon.ico'],
  // A generated image (icon.tsx) answers at /icon, a file (icon.png) at its own name.
  [
    /^(icon|apple-icon|opengraph-image|twitter-image)\d*\.(ico|jpg|jpeg|png|svg|gif|tsx|ts|jsx|js)$/,
    (file) => (CODE.test(file) ? file.replace(CODE, '') : file),
  ],
]

/** The URL segment a folder adds: none for a route group or a parallel-route slot. */
const segmentOf = (folder: string) =>
  /^\(.*\)$/.test(folder) || folder.startsWith('@') ? undefined : folder

// Private folders (`_x`) and intercepting routes (`(.)x`, `(..)x`) add no URL of their own.
const skipped = (folder: string) => folder.startsWith('_') || /^\(\.+\)/.test(folder)

/**
 * Every URL pattern an app/ folder answers, in Next's notation (`/og/[slug]`, `/api/[...slug]`),
 * sorted: what src/lib/http/siteRoutes.ts must list.
 */
export function appRoutes(appDir: string): string[] {
  const routes = new Set<string>()
  const walk = (dir: string, segments: string[]) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (skipped(entry.name)) continue
        const segment = segmentOf(entry.name)
        walk(path.join(dir, entry.name), segment ? [...segments, segment] : segments)
        continue
      }
      if (ROUTE_FILE.test(entry.name)) routes.add(`/${segments.join('/')}`)
      const metadata = METADATA.find(([pattern]) => pattern.test(entry.name))
      if (metadata) routes.add(`/${[...segments, metadata[1](entry.name)].join('/')}`)
    }
  }
  walk(appDir, [])
  return [...routes].sort()
}

/** Every file of a public/ folder, at the URL Next serves it from. */
export function publicFiles(publicDir: string): string[] {
  if (!existsSync(publicDir)) return []
  return readdirSync(publicDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `/${path.relative(publicDir, path.join(entry.parentPath, entry.name))}`)
    .map((file) => file.split(path.sep).join('/'))
    .sort()
}
