// What "Edit this page" costs a reader: `npx tsx tooling/editLinkWeight.ts [url]` fetches a public
// page as an anonymous reader and prints the bytes the loader adds to its HTML, raw and gzipped.
// The loader is in the page twice: as the <script> element, and in the RSC payload Next inlines
// for hydration (the layout is a server component).
import { gzipSync } from 'node:zlib'

import { EDIT_LINK_LOADER } from '@/lib/editLink/script'

const url = process.argv[2] ?? `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}/`
const html = await (await fetch(url, { headers: { Accept: 'text/html' } })).text()

const element = `<script>${EDIT_LINK_LOADER}</script>`
const inPayload = `,[\\"$\\",\\"script\\",null,{\\"dangerouslySetInnerHTML\\":{\\"__html\\":\\"${EDIT_LINK_LOADER}\\"}}]`
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
