// The baseline `npm run audit` measures beside each page: the same HTML with its scripts removed,
// served by a tiny Node server that passes every other request (CSS, images, fonts) to the app.
// What the page would score if it shipped no JavaScript at all; a figure, never a bar.
import { createServer, request as httpRequest } from 'node:http'
import { createRequire } from 'node:module'
import { gzipSync } from 'node:zlib'

import { freePort } from './throwaway'

type HtmlElement = { remove: () => void }
type HtmlRoot = { querySelectorAll: (selector: string) => HtmlElement[]; toString: () => string }

// Next's own compiled copy of node-html-parser: a real HTML parser, and no new dependency.
const { parse } = createRequire(import.meta.url)('next/dist/compiled/node-html-parser') as {
  parse: (html: string) => HtmlRoot
}

/** `html` without its scripts, nor the preloads that would fetch them anyway. */
export function withoutScripts(html: string): string {
  const root = parse(html)
  const selectors = ['script', 'link[rel="preload"][as="script"]', 'link[rel="modulepreload"]']
  for (const element of root.querySelectorAll(selectors.join(', '))) element.remove()
  return root.toString()
}

export type StaticCopy = { url: string; stop: () => Promise<void> }

/** Serves a script-free copy of each of `paths` (fetched from `app` now); the rest from `app`. */
export async function startStaticCopy(app: string, paths: string[]): Promise<StaticCopy> {
  const copies = new Map<string, string>()
  for (const page of paths) {
    const response = await fetch(`${app}${page}`)
    if (!response.ok) throw new Error(`static copy of ${page}: HTTP ${response.status}`)
    copies.set(page, withoutScripts(await response.text()))
  }
  const upstream = new URL(app)
  const server = createServer((req, res) => {
    const copy = req.method === 'GET' ? copies.get(req.url ?? '') : undefined
    if (copy !== undefined) {
      // Compressed as the app compresses its own HTML, so the two downloads compare.
      const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')
      res.writeHead(200, {
        'Content-Type': 'text/html; charset=utf-8',
        ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
      })
      res.end(gzip ? gzipSync(copy) : copy)
      return
    }
    const forward = httpRequest(
      {
        host: upstream.hostname,
        port: upstream.port,
        path: req.url,
        method: req.method,
        headers: { ...req.headers, host: upstream.host },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(res)
      },
    )
    forward.on('error', () => res.writeHead(502).end())
    req.pipe(forward)
  })
  const port = await freePort()
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}
