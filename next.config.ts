import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import path from 'node:path'

import { BODY_LIMITS } from './src/lib/api/requestGuard'
import { securityHeaders } from './src/lib/http/securityHeaders'

// `npm run bench` builds with BENCH_BUILD=1: its own output folder, and the `page.bench.tsx`
// routes (the throughput ceiling) that no other build has.
const bench = process.env.BENCH_BUILD === '1'

const DEV_EXTERNAL_PACKAGES = [
  '@aws-sdk/client-s3',
  '@aws-sdk/lib-storage',
  '@aws-sdk/s3-request-presigner',
  '@fortedigital/nextjs-cache-handler',
  'redis',
  'zod',
]

const nextConfig: NextConfig = {
  distDir: bench ? '.next-bench' : '.next',
  pageExtensions: bench ? ['bench.tsx', 'tsx', 'ts', 'jsx', 'js'] : ['tsx', 'ts', 'jsx', 'js'],
  // No `X-Powered-By: Next.js` on responses.
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
  // Next's cache lives in Redis when REDIS_URL is set, else in this process's memory (never on
  // disk: a restart against a restored database must not serve pages from before).
  cacheHandler: path.join(process.cwd(), 'src/cache-handler.mjs'),
  experimental: {
    // proxy.ts sees /api requests and Next buffers their bodies up to this size, then cuts them
    // off. One byte over the upload limit: a longer body reaches the route too long, and gets 413.
    proxyClientMaxBodySize: BODY_LIMITS.multipartBytes + 1,
  },
  // NEXT_OUTPUT=standalone (the Dockerfile, the e2e and bench builds) also writes .next/standalone:
  // the server the Docker image runs. A plain `npm run build` is for `npm start` (`next start`).
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  // The site's stylesheet is read at run time (src/lib/render/siteCss.ts): every route that
  // writes a page carries it.
  outputFileTracingIncludes: { '/**': ['./app/(site)/globals.css'] },
  // `next dev` leaves these server-only packages to Node instead of compiling them into the first
  // routes, as withPayload does for Payload's own: proxy.ts carries the cache handler (Redis) and
  // the env schema (zod); the Payload config, the S3 plugin's AWS SDK (the plugin itself stays
  // bundled: the admin's import map loads a component of it). Builds bundle them as before.
  serverExternalPackages:
    process.env.NODE_ENV === 'development' ? DEV_EXTERNAL_PACKAGES : undefined,
}

const config = withPayload(nextConfig, { devBundleServerPackages: false })

/**
 * withPayload asks every route for the color-scheme client hint (Accept-CH, Critical-CH, Vary).
 * Only the admin reads it (payloadcms/payload#17906): on public pages Critical-CH makes Chromium
 * retry the first navigation, and the Vary splits shared caches by color scheme.
 */
const payloadHeaders = config.headers
config.headers = async () =>
  (await payloadHeaders?.())?.map((rule) =>
    rule.headers.some((header) => header.key === 'Critical-CH')
      ? { ...rule, source: '/admin/:path*' }
      : rule,
  ) ?? []

export default config
