// What a pre-publish check reports. Pure data: the checks (./*.ts) make findings from what the
// gatherer (./gather.ts) read, the admin panel, the cockpit and the publish guard show them.

/** Every check, by id, with the name a marketer sees (in the panel, the cockpit, a refusal). */
export const CHECKS = {
  cta: 'Call to action has a link',
  references: 'Links point at published documents',
  images: 'Images have alt text',
  seoDescription: 'SEO description fits',
  duplicateTitle: 'Title is unique',
  ranking: 'Ranked frameworks are complete',
  reachable: 'Page is reachable',
  rankedApart: 'Ranking follows the scores',
} as const

export type CheckId = keyof typeof CHECKS

/**
 * The checks a guide may require (the options of its "Required before publishing", stored as a
 * column's enum). Ranking an entry apart from its score is the marketer's call, made on purpose:
 * Checks says so, and never refuses the publish for it.
 */
export const CHECK_IDS: CheckId[] = [
  'cta',
  'references',
  'images',
  'seoDescription',
  'duplicateTitle',
  'ranking',
  'reachable',
]

/** A warning is what a reader trips on; a notice is worth knowing and never blocks a publish. */
export type Level = 'warning' | 'notice'

/** A document of the site, as a finding names it. */
export type DocRef = { collection: string; id: number; title: string }

export type Finding = {
  check: CheckId
  level: Level
  message: string
  /** The field to fix: its path in the checked document, or in `in` when set. */
  field?: string
  /** The sentence the problem sits in, quoted as the reader reads it. */
  sentence?: string
  /** The fix lives in another document (a caveat's text, a ranked framework). */
  in?: DocRef
  /** On the dashboard, for a document both live and scheduled: the one version that has it. */
  version?: 'live' | 'scheduled'
}

export const isBlocking = (finding: Finding) => finding.level === 'warning'
