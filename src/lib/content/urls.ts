import { toSlug } from '@/fields/slug'

import { env } from '@/lib/env'

/** The one public URL of a guide: the home guide lives at `/`, every other at /guides/<slug>. */
export const guideUrl = (slug: string, homeGuideSlug: string | null) =>
  slug === homeGuideSlug ? `${env.SITE_URL}/` : `${env.SITE_URL}/guides/${slug}`

/** The generated Open Graph image of a guide. */
export const guideImageUrl = (slug: string) => `${env.SITE_URL}/og/${slug}`

/** Anchor of a criterion, stable as long as its name is. */
export const criterionAnchor = (name: string) => `criterion-${toSlug(name)}`
