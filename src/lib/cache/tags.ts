/**
 * The one place cache tag names are made. Queries tag what they read with these; collection hooks
 * revalidate exactly these. Nothing else spells a tag.
 */
export const TAGS = {
  /** Everything the published guide at this slug shows: the guide and its frameworks, criteria, caveats. */
  guide: (slug: string) => `guide:${slug}`,
  /** Everything the published page at this slug shows. */
  page: (slug: string) => `page:${slug}`,
  /** The list of published guides (sitemap, guides index, home page choice). */
  guides: 'guides',
  /** The list of published pages (sitemap). */
  pages: 'pages',
  /**
   * Where published documents live (src/lib/content/addresses.ts): every link by reference, the
   * navigation and the redirects read it. Changes on a publish, unpublish, rename or delete.
   */
  links: 'links',
  /** The header and footer globals. */
  frame: 'frame',
  /** The redirects collection. */
  redirects: 'redirects',
  /** The site global: which guide is the home page, preview banner copy. */
  site: 'site',
  /** The agents global: the copy of /llms.txt and the AI crawler policy in robots.txt. */
  agents: 'agents',
} as const
