/**
 * The header's defaults: what its fields start with (globals/Frame.ts), and what readers see while
 * it has never been published (a fresh database, or a release reverted that first published it).
 */
export const HEADER_DEFAULTS = {
  siteName: 'jerrycan',
  labels: { navigation: 'Main', menu: 'Menu' },
} as const
