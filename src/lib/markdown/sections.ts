// What a guide's twin and a page's blocks (src/blocks/*/markdown.ts) both write: the context a
// twin is written in, a ranking table and a call to action.
import type { Addresses } from '@/lib/content/links'
import type { GuideView } from '@/lib/content/guide'
import type { SiteSettings } from '@/lib/content/site'

import type { LinkResolver } from './lexical'
import { inline, link, paragraph } from './text'

export type MarkdownContext = {
  site: SiteSettings
  addresses: Addresses
  /** A published guide by slug (a page's embedded ranking shows the live one). */
  publishedGuide: (slug: string) => Promise<GuideView | null>
}

/** Where a block is written: its page's link resolver (every link absolute) and the context. */
export type BlockPage = { links: LinkResolver; context: MarkdownContext }

export function rankingTable(guide: GuideView, url: string): string {
  const labels = guide.tableLabels
  const header = [labels.rank, labels.framework, labels.language, labels.buildModel, labels.bestFor]
  const rows = guide.ranking.map((framework, index) => [
    String(index + 1),
    link(framework.name, `${url}#${framework.slug}`),
    inline(framework.language),
    inline(framework.buildModel),
    inline(framework.bestFor),
  ])
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`
  return [
    `${paragraph(labels.caption)}:`,
    '',
    line(header.map(inline)),
    line(header.map(() => '---')),
    ...rows.map(line),
  ].join('\n')
}

export function callToAction(
  cta: { heading: string; text?: string | null; linkLabel?: string | null },
  links: LinkResolver,
  level = '##',
) {
  const href = cta.linkLabel ? links(cta) : null
  return [
    `${level} ${inline(cta.heading)}`,
    cta.text ? paragraph(cta.text) : null,
    href && cta.linkLabel ? link(cta.linkLabel, href) : null,
  ]
}
