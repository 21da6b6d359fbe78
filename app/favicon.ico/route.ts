import { siteIcon } from '@/lib/content/siteIcon'

// Per request from the cached site settings, so a new icon shows without a build.
export const dynamic = 'force-dynamic'

/** /favicon.ico, which browsers ask for by themselves: a PNG (every browser reads one here). */
export const GET = () => siteIcon(48)
