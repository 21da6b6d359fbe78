import type { GuideView } from '@/lib/content/guide'
import type { SiteSettings } from '@/lib/content/site'
import type { ReviewerView } from '@/lib/review/reviewerView'
import { scorecardView } from '@/lib/scorecard/view'
import { guideJsonLd, jsonLdScript } from '@/lib/seo/structuredData'

import { CallToAction } from './CallToAction'
import { CaveatsSection } from './CaveatsSection'
import { CriteriaSection } from './CriteriaSection'
import { FrameworkEntry } from './FrameworkEntry'
import { GuideHeader } from './GuideHeader'
import { OwnWeightingNotice } from './OwnWeightingNotice'
import { RankingTable } from './RankingTable'
import { ReviewPlace } from './review/ReviewPlace'
import { ReviewScorecard } from './review/ReviewScorecard'
import { RichText } from './RichText'
import { Scorecard } from './Scorecard'
import { TableOfContents } from './TableOfContents'
import { WhatChanged } from './WhatChanged'
import { WinnersByWeight } from './WinnersByWeight'

type Props = {
  guide: GuideView
  site: SiteSettings
  /** The page's own path: where the reader's weights form submits, and "Back to our ranking". */
  path: string
  /** The reader's `?w=` (only the weighted route passes it); none renders our ranking. */
  w?: string | string[]
  /** A share link's review of this guide: each section then carries its comments. */
  review?: ReviewerView
}

/**
 * The whole ranked guide, in reading order, with its contents beside it. Every word from the CMS.
 * Every list of the entries (table, scorecard, entries) follows one order: the reader's weights
 * when given, else ours.
 */
export function GuideArticle({ guide, site, path, w, review }: Props) {
  const view = scorecardView(guide, w)
  // "What changed" goes where the guide says (its What changed tab); so does the scorecard.
  const changesAt = (position: GuideView['changesSection']['position']) =>
    guide.changesSection.position === position ? <WhatChanged guide={guide} /> : null
  const scorecardAt = (position: GuideView['scorecardSection']['position']) =>
    view && (guide.scorecardSection.position ?? 'afterRanking') === position ? (
      <>
        <Scorecard view={view} guide={guide} path={path} />
        <WinnersByWeight view={view} section={guide.scorecardSection} />
        <ReviewScorecard review={review} />
      </>
    ) : null
  const entries = view
    ? view.entries.map((entry) => ({
        framework: entry.framework,
        rank: entry.rank,
        apart: entry.scoreRank !== entry.editorialRank ? { note: entry.note } : null,
      }))
    : guide.ranking.map((framework, index) => ({ framework, rank: index + 1, apart: null }))
  return (
    <div className="guide-layout">
      <article className="guide">
        <ReviewPlace review={review} field="dek">
          <GuideHeader guide={guide} />
        </ReviewPlace>
        <ReviewPlace review={review} field="criteriaSection">
          <CriteriaSection section={guide.criteriaSection} labels={site.labels} review={review} />
        </ReviewPlace>
        {scorecardAt('afterCriteria')}
        {view ? (
          <OwnWeightingNotice section={guide.scorecardSection} path={path} own={view.own} />
        ) : null}
        <RankingTable
          labels={guide.tableLabels}
          ranking={guide.ranking}
          scored={view}
          differenceLabel={guide.scorecardSection.differenceLabel}
        />
        {scorecardAt('afterRanking')}
        <RichText data={guide.crossLink} className="callout" />
        <div className="entries" data-scorecard-list={view ? '' : undefined}>
          {entries.map(({ framework, rank, apart }) => (
            <FrameworkEntry
              key={framework.id}
              framework={framework}
              rank={rank}
              guide={guide}
              labels={site.labels}
              movable={Boolean(view)}
              apart={apart}
              review={review}
            />
          ))}
        </div>
        {changesAt('afterRanking')}
        {scorecardAt('beforeCaveats')}
        {guide.caveatsSection.caveats.length > 0 ? (
          <ReviewPlace review={review} field="caveatsSection">
            <CaveatsSection section={guide.caveatsSection} />
          </ReviewPlace>
        ) : null}
        {changesAt('afterCaveats')}
        <ReviewPlace review={review} field="cta">
          <CallToAction cta={guide.cta} />
        </ReviewPlace>
        {changesAt('end')}
      </article>
      <TableOfContents guide={guide} title={site.labels.contents} scored={view} />
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: jsonLdScript(guideJsonLd(guide, site)) }}
      />
    </div>
  )
}
