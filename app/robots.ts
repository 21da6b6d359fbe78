import type { MetadataRoute } from 'next'

import { AI_CRAWLER_AGENTS } from '@/lib/agents/crawlers'
import { getAgentSettings } from '@/lib/content/agents'
import { env } from '@/lib/env'

// SITE_URL is read at run time, not baked in at build; the crawler policy comes from the cache.
export const dynamic = 'force-dynamic'

/** Never for crawlers: the CMS and previews. */
const PRIVATE_PATHS = ['/admin', '/api/', '/preview', '/exit-preview']

/**
 * Everyone may read the public site. Each well-known AI crawler gets its own group, so the policy
 * the marketer chose in "AI agents" is explicit: allowed like everyone, or turned away entirely.
 */
export default async function robots(): Promise<MetadataRoute.Robots> {
  const blocked = new Set<string>((await getAgentSettings()).blockedCrawlers ?? [])
  return {
    rules: [
      { userAgent: '*', allow: '/', disallow: PRIVATE_PATHS },
      ...AI_CRAWLER_AGENTS.map((agent) =>
        blocked.has(agent)
          ? { userAgent: agent, disallow: '/' }
          : { userAgent: agent, allow: '/', disallow: PRIVATE_PATHS },
      ),
    ],
    sitemap: `${env.SITE_URL}/sitemap.xml`,
  }
}
