/**
 * The editorial collections: what marketers write, with drafts, versions, releases, links by
 * reference and the cockpit's watch. Every list of them (release rows, link sources, the
 * cockpit, the archive's versions) is this one.
 */
export const EDITORIAL_COLLECTIONS = [
  'guides',
  'pages',
  'frameworks',
  'criteria',
  'caveats',
] as const
export type EditorialCollection = (typeof EDITORIAL_COLLECTIONS)[number]

export const isEditorial = (slug: unknown): slug is EditorialCollection =>
  EDITORIAL_COLLECTIONS.includes(slug as EditorialCollection)
