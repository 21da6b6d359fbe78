import type { Addresses } from '@/lib/content/links'
import { hrefOf, linkKey } from '@/lib/content/links'
import { readableDate } from '@/lib/content/dates'
import type { GuideView } from '@/lib/content/guide'
import { moveText, scoreText } from '@/lib/content/changes'
import { changesFeedPath, guidePath, guideUrl, pageUrl } from '@/lib/content/urls'
import { env } from '@/lib/env'
import { twinOf } from '@/lib/http/markdownTwin'
import { guideDescription, pageDescription } from '@/lib/seo/metadata'
import type { Page } from '@/payload-types'
import { blockMarkdown } from '@/blocks/markdown'

import { lexicalToMarkdown, type LinkResolver } from './lexical'
import { entryNote, inEffect, scorecardMarkdown, type WeightsQuery } from './scorecard'
import { callToAction, rankingTable, type MarkdownContext } from './sections'
import { emphasis, inline, link, paragraph, strong, yamlString } from './text'

/**
 * The Markdown twins of the site's pages: the same CMS content as the HTML, in the same order,
 * every link absolute. Every word goes through ./text (rich text through ./lexical), escaped; a
 * page's blocks are written by their own folders (markdown.ts in src/blocks/<Name>).
 */
export type { MarkdownContext }

/** YAML front matter, each value a quoted string on its line. */
const frontMatter = (fields: Record<string, string | undefined>) =>
  [
    '---',
    ...Object.entries(fields)
      .filter((entry): entry is [string, string] => Boolean(entry[1]))
      .map(([key, value]) => `${key}: ${yamlString(value)}`),
    '---',
  ].join('\n')

const document = (blocks: (string | null | undefined)[]) =>
  `${blocks.filter((block) => block?.trim()).join('\n\n')}\n`

/** Resolves links on a document at `base`: references by their live address, all absolute. */
const linksFrom =
  (addresses: Addresses, base: string): LinkResolver =>
  (fields) => {
    const href = hrefOf(fields, addresses)
    return href ? new URL(href, base).href : null
  }

/** The whole ranked guide, in the order the page shows it; under a reader's weights `w` if given. */
export function guideMarkdown(
  asRanked: GuideView,
  context: MarkdownContext,
  w?: WeightsQuery,
): string {
  const home = context.site.homeGuideSlug
  const { guide, scorecard, url, notice } = inEffect(
    asRanked,
    guideUrl(asRanked.slug, home),
    new URL(twinOf(guidePath(asRanked.slug, home)), env.SITE_URL).href,
    w,
  )
  const links = linksFrom(context.addresses, url)
  const rich = (data: unknown) => lexicalToMarkdown(data, links)
  const { criteriaSection: criteria, caveatsSection: caveats } = guide
  // Where the page shows "What changed", the twin does too.
  const changesAt = (position: GuideView['changesSection']['position']) =>
    guide.changesSection.position === position ? changesMarkdown(guide) : []
  // The scorecard goes where the guide says, as on the page.
  const scorecardAt = (position: GuideView['scorecardSection']['position']) =>
    scorecard && guide.scorecardSection.position === position
      ? scorecardMarkdown(scorecard, guide, url)
      : []

  const entries = guide.ranking.map((framework, index) => [
    `## ${inline(`${guide.tableLabels.rank}${index + 1} ${framework.name}`)}`,
    // The page marks our own entry with a badge; here it is said in words.
    framework.declaredBias ? emphasis(guide.declaredBiasLabel) : null,
    entryNote(scorecard, framework.id, guide.scorecardSection),
    paragraph(`${framework.language} · ${framework.buildModel}`),
    `${strong(`${guide.tableLabels.bestFor}:`)} ${inline(framework.bestFor)}`,
    rich(framework.blurb),
  ])
  return document([
    frontMatter({
      title: guide.title,
      url,
      updated: guide.lastUpdated,
      description: guideDescription(guide),
    }),
    paragraph(`${guide.updatedLabel} ${readableDate(guide.lastUpdated)}`),
    `# ${inline(guide.title)}`,
    paragraph(guide.dek),
    notice,
    `## ${inline(criteria.heading)}`,
    rich(criteria.intro),
    criteria.criteria
      .map(
        (criterion, index) =>
          `${index + 1}. ${strong(criterion.name)}${criterion.question ? ` (${inline(criterion.question)})` : ''}`,
      )
      .join('\n'),
    rich(criteria.outro),
    ...scorecardAt('afterCriteria'),
    rankingTable(guide, url),
    ...scorecardAt('afterRanking'),
    rich(guide.crossLink),
    ...entries.flat(),
    ...changesAt('afterRanking'),
    ...scorecardAt('beforeCaveats'),
    ...(caveats.caveats.length > 0
      ? [`## ${inline(caveats.heading)}`, ...caveats.caveats.map((caveat) => rich(caveat.body))]
      : []),
    ...changesAt('afterCaveats'),
    ...callToAction(guide.cta, links),
    ...changesAt('end'),
  ])
}

/** "What changed", as the page lists it, with its feed. */
function changesMarkdown(guide: GuideView): string[] {
  const { heading, intro, revertedLabel, feedLabel } = guide.changesSection
  if (guide.changes.length === 0) return []
  const entries = guide.changes.map((change) =>
    [
      `- **${readableDate(change.at)}**${change.kind === 'revert' ? ` ${inline(revertedLabel)}` : ''}${change.note ? `: ${inline(change.note)}` : ''}`,
      ...change.moves.map((move) => `  - ${paragraph(moveText(move, guide.tableLabels.rank))}`),
      ...change.scores.map((score) => `  - ${paragraph(scoreText(score))}`),
    ].join('\n'),
  )
  return [
    `## ${inline(heading)}`,
    ...(intro ? [paragraph(intro)] : []),
    entries.join('\n'),
    link(feedLabel, `${env.SITE_URL}${changesFeedPath(guide.slug)}`),
  ]
}

/** A page: its title, standfirst and blocks. */
export async function pageMarkdown(page: Page, context: MarkdownContext): Promise<string> {
  const url = pageUrl(page.slug)
  const links = linksFrom(context.addresses, url)
  const blocks = await Promise.all(
    (page.layout ?? []).map((block) => blockMarkdown(block, { links, context })),
  )
  return document([
    frontMatter({
      title: page.title,
      url,
      updated: page.updatedAt,
      description: pageDescription(page),
    }),
    `# ${inline(page.title)}`,
    page.dek ? paragraph(page.dek) : null,
    ...blocks.flat(),
  ])
}

/** The guides index: every published guide, latest change first. */
export function indexMarkdown(guides: GuideView[], context: MarkdownContext): string {
  const { site, addresses } = context
  const url = `${env.SITE_URL}/guides`
  return document([
    frontMatter({
      title: site.labels.guidesIndex,
      url,
      updated: guides[0]?.lastUpdated,
      description: site.labels.guidesIndexDescription,
    }),
    `# ${inline(site.labels.guidesIndex)}`,
    ...guides.flatMap((guide) => [
      `## ${link(guide.title, new URL(addresses[linkKey('guides', guide.id)]?.path ?? `/guides/${guide.slug}`, env.SITE_URL).href)}`,
      paragraph(guide.dek),
      paragraph(`${guide.updatedLabel} ${readableDate(guide.lastUpdated)}`),
    ]),
  ])
}
