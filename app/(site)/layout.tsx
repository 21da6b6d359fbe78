import type { ReactNode } from 'react'

import { siteCss } from '@/lib/render/siteCss'

// The App Router's pages are previews only (readers get src/lib/render's copy of the same views).
// The same stylesheet as readers' pages, and the same scripts (src/components/SiteFrame.tsx).
export default function SiteLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <head>
        <link rel="stylesheet" href={siteCss().href} />
        <link rel="icon" href="/favicon.ico" />
        <link rel="apple-touch-icon" href="/apple-touch-icon.png" />
      </head>
      <body>{children}</body>
    </html>
  )
}
