import type { MetadataRoute } from 'next'

import { env } from '@/lib/env'

// SITE_URL is read at run time, not baked in at build.
export const dynamic = 'force-dynamic'

export default function robots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: '*',
      allow: '/',
      disallow: ['/admin', '/api/', '/preview', '/exit-preview'],
    },
    sitemap: `${env.SITE_URL}/sitemap.xml`,
  }
}
