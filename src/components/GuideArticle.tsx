import type { GuideView } from '@/lib/content/guide'
import type { SiteSettings } from '@/lib/content/site'
import { guideJsonLd, jsonLdScript } from '@/lib/seo/structuredData'

import { CallToAction } from './CallToAction'
import { CaveatsSection } from './CaveatsSection'
import { CriteriaSection } from './CriteriaSection'
import { FrameworkEntry } from './FrameworkEntry'
import { GuideHeader } from './GuideHeader'
import { RankingTable } from './RankingTable'
import { RichText } from './RichText'
import { TableOfContents } from './TableOfContents'
import { WhatChanged } from './WhatChanged'

/** The whole ranked guide, in reading order, with its contents beside it. Every word from the CMS. */
export function GuideArticle({ guide, site }: { guide: GuideView; site: SiteSettings }) {
  // "What changed" goes where the guide says (its What changed tab).
  const changesAt = (position: GuideView['changesSection']['position']) =>
    guide.changesSection.position === position ? <WhatChanged guide={guide} /> : null
  return (
    <div className="guide-layout">
      <article className="guide">
        <GuideHeader guide={guide} />
        <CriteriaSection section={guide.criteriaSection} labels={site.labels} />
        <RankingTable labels={guide.tableLabels} ranking={guide.ranking} />
        <RichText data={guide.crossLink} className="callout" />
        <div className="entries">
          {guide.ranking.map((framework, index) => (
            <FrameworkEntry
              key={framework.id}
              framework={framework}
              rank={index + 1}
              guide={guide}
              labels={site.labels}
            />
          ))}
        </div>
        {changesAt('afterRanking')}
        <CaveatsSection section={guide.caveatsSection} />
        {changesAt('afterCaveats')}
        <CallToAction cta={guide.cta} />
        {changesAt('end')}
      </article>
      <TableOfContents guide={guide} title={site.labels.contents} />
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: jsonLdScript(guideJsonLd(guide, site)) }}
      />
    </div>
  )
}
