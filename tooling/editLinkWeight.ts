// What "Edit this page" costs a reader: `npx tsx tooling/editLinkWeight.ts [url]` fetches a public
// page as an anonymous reader and prints the bytes the loader adds to its HTML, raw and gzipped.
// The loader is in the page twice: as the <script> element, and in the RSC payload Next inlines
// for hydration (the layout is a server component).
import { gzipSync } from 'node:zlib'

import { EDIT_LINK_LOADER } from '@/lib/editLink/script'

const url = process.argv[2] ?? `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}/`
const html = await (await fetch(url, { headers: { Accept: 'text/html' } })).text()

const element = `<script>${EDIT_LINK_LOADER}</script>`
// In the payload it is a string inside a string; Next also escapes &, < and > there.
const escaped = JSON.stringify(JSON.stringify(EDIT_LINK_LOADER))
  .slice(1, -1)
  .replace(/[&<>]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`)
const inPayload = `,[\\"$\\",\\"script\\",null,{\\"dangerouslySetInnerHTML\\":{\\"__html\\":${escaped}}}]`
for (const [name, text] of Object.entries({ element, 'RSC payload': inPayload })) {
  if (!html.includes(text)) throw new Error(`The loader's ${name} is not in ${url}.`)
}
const without = html.replace(element, '').replace(inPayload, '')
const gzip = (text: string) => gzipSync(text, { level: 9 }).length

console.log(
  JSON.stringify(
    {
      url,
      loaderBytes: Buffer.byteLength(EDIT_LINK_LOADER),
      htmlBytes: Buffer.byteLength(html),
      addedBytes: Buffer.byteLength(html) - Buffer.byteLength(without),
      htmlGzipBytes: gzip(html),
      addedGzipBytes: gzip(html) - gzip(without),
    },
    null,
    2,
  ),
)
