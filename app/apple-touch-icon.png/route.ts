import { siteIcon } from '@/lib/content/siteIcon'

export const dynamic = 'force-dynamic'

/** The home-screen icon iOS asks for by itself. */
export const GET = () => siteIcon(180)
