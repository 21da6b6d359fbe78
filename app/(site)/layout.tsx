import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import { EDIT_LINK_LOADER } from '@/lib/editLink/script'

import './globals.css'

// The icon routes answer with the CMS icon or the built-in one (src/lib/content/siteIcon.tsx).
export const metadata: Metadata = {
  icons: { icon: '/favicon.ico', apple: '/apple-touch-icon.png' },
}

export default function SiteLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        {children}
        {/* "Edit this page" for signed-in editors; readers run one cookie test, load nothing. */}
        <script dangerouslySetInnerHTML={{ __html: EDIT_LINK_LOADER }} />
      </body>
    </html>
  )
}
