import type { Finding } from './types'

// Pure: a page readers can reach only by typing its address. Guides are listed on the guides
// index once published, so this is a page's check.

export type PageLinks = {
  /** Linked from the header's navigation or the footer (published). */
  inFrame: boolean
  /** Published guides and pages that link to it. */
  linkedFrom: string[]
}

export function reachabilityFindings({ inFrame, linkedFrom }: PageLinks): Finding[] {
  if (inFrame || linkedFrom.length > 0) return []
  return [
    {
      check: 'reachable',
      level: 'warning',
      message:
        'Nothing leads readers here: the page is not in the navigation or the footer, and no published guide or page links to it. Add it to the navigation, or link to it.',
      field: 'slug',
    },
  ]
}
