import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

import { securityHeaders } from './src/lib/securityHeaders'

const nextConfig: NextConfig = {
  // Payload and the database driver stay server-side; the site itself ships almost no JS.
  poweredByHeader: false,
  // Computed when the server config is built: set SITE_URL (https) before `next build` for HSTS.
  headers: () =>
    Promise.resolve([
      {
        source: '/:path*',
        headers: securityHeaders({
          siteUrl: process.env.SITE_URL ?? '',
          development: process.env.NODE_ENV === 'development',
        }),
      },
    ]),
  // `npm run typecheck` (part of `npm test`) checks the whole project; the build need not repeat it.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // The page cache mirrors the database, so it must not outlive this server process: a restart
    // against a restored or re-seeded database would otherwise serve pages from before.
    isrFlushToDisk: false,
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
