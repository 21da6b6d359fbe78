import { HeadTags } from '@/components/HeadTags'
import type { RouteView } from '@/components/RouteView'

import { siteCss } from './siteCss'
import { renderNode } from './staticMarkup'

/**
 * A reader's whole page as HTML: the view's head tags and the one stylesheet in <head>, its body
 * as written by the components, and nothing of Next's: no runtime, no React, no RSC payload. The
 * only scripts are the ones the components name (src/lib/render/scripts.ts), all deferred.
 */
export async function readerDocument(view: RouteView): Promise<string> {
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
      <body>{view.body}</body>
    </html>,
  )
  return `<!DOCTYPE html>${html}`
}
