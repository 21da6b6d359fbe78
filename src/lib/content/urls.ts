import { toSlug } from '@/fields/slug'

import { env } from '@/lib/env'

/** The public path of a guide: the home guide lives at `/`, every other at /guides/<slug>. */
export const guidePath = (slug: string, homeGuideSlug: string | null) =>
  slug === homeGuideSlug ? '/' : `/guides/${slug}`

/** The public path of a page. */
export const pagePath = (slug: string) => `/${slug}`

/** The one public URL of a guide: the home guide lives at `/`, every other at /guides/<slug>. */
export const guideUrl = (slug: string, homeGuideSlug: string | null) =>
  `${env.SITE_URL}${guidePath(slug, homeGuideSlug)}`

/** The one public URL of a page. */
export const pageUrl = (slug: string) => `${env.SITE_URL}/${slug}`

/** The generated Open Graph image of a page (used when it has none of its own). */
export const pageImageUrl = (slug: string) => `${env.SITE_URL}/og/pages/${slug}`

/** The generated Open Graph image of a guide. */
export const guideImageUrl = (slug: string) => `${env.SITE_URL}/og/${slug}`

/** Anchor of a criterion, stable as long as its name is. */
export const criterionAnchor = (name: string) => `criterion-${toSlug(name)}`

/**
 * First path segments the site itself uses: a page may not take one as its slug. Keep in step
 * with app/ (and public/).
 */
export const RESERVED_SLUGS = [
  'admin',
  'api',
  'guides',
  'preview',
  'exit-preview',
  'og',
  'bench',
  'redirect-table',
  'sitemap',
  'robots',
  'favicon',
  'icon',
  'apple-icon',
  'apple-touch-icon',
  'llms',
  'llms-full',
  'markdown',
  'markdown-draft',
  'markdown-weighted',
  'changes-feed',
  'collect',
  'review',
  'weighted',
  'reader',
  'index',
  'media',
  'next',
] as const

export function reservedSlugError(slug: string): string | undefined {
  return (RESERVED_SLUGS as readonly string[]).includes(slug)
    ? `“${slug}” is a path the site already uses (${RESERVED_SLUGS.map((s) => `/${s}`).join(', ')}). Choose another slug.`
    : undefined
}

/** The Atom feed of a guide's "What changed" (proxy.ts rewrites it to app/(site)/changes-feed). */
export const changesFeedPath = (slug: string) => `/guides/${slug}/changes.xml`
