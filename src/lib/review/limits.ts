/** The documents a share link shows, and so what a review comment can be about. */
export const REVIEWABLE = ['guides', 'pages', 'releases'] as const

/** Sizes in characters; the collection and POST /review both hold to them. */
export const REVIEW_LIMITS = {
  field: 200,
  quote: 500,
  body: 5000,
  name: 80,
  /** Comments and verdicts through one link in a minute (429 beyond). */
  perLinkPerMinute: 30,
  /** Open threads on one document (409 beyond). */
  openThreads: 200,
} as const

/** The anchor of a verdict, or of a comment on the draft as a whole. */
export const WHOLE_DOCUMENT = '@document'
