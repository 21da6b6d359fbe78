import { HeadTags } from '@/components/HeadTags'
import type { RouteView } from '@/components/RouteView'

import { BEACON_SCRIPT_PATH } from './scripts'
import { siteCss } from './siteCss'
import { renderNode } from './staticMarkup'

/**
 * A reader's whole page as HTML: the view's head tags and the one stylesheet in <head>, its body
 * as written by the components, and nothing of Next's: no runtime, no React, no RSC payload. The
 * only scripts are the ones the components name (src/lib/render/scripts.ts), all deferred, and
 * the measurement beacon when the page is one `measured` counts (a live page, not a miss). The
 * beacon is here and not in the site frame: only readers' pages come through this document, never
 * a preview (the App Router's pages, in draft mode), so no preview or editor's view is counted.
 */
export async function readerDocument(
  view: RouteView,
  { measured }: { measured: boolean },
): Promise<string> {
  const html = await renderNode(
    <html lang="en">
      {/* eslint-disable-next-line @next/next/no-head-element -- our own document, not Next's */}
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <HeadTags head={view.head} />
        <link rel="stylesheet" href={siteCss().href} />
        <link rel="icon" href="/favicon.ico" />
        <link rel="apple-touch-icon" href="/apple-touch-icon.png" />
      </head>
      <body>
        {view.body}
        {measured ? <script src={BEACON_SCRIPT_PATH} defer /> : null}
      </body>
    </html>,
  )
  return `<!DOCTYPE html>${html}`
}
