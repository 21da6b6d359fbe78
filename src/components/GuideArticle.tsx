import type { GuideView } from '@/lib/queries/guide'

import { CallToAction } from './CallToAction'
import { CaveatsSection } from './CaveatsSection'
import { CriteriaSection } from './CriteriaSection'
import { FrameworkEntry } from './FrameworkEntry'
import { GuideHeader } from './GuideHeader'
import { RankingTable } from './RankingTable'
import { RichText } from './RichText'

/** The whole ranked guide, in reading order. Every word comes from the CMS. */
export function GuideArticle({ guide }: { guide: GuideView }) {
  return (
    <article className="guide">
      <GuideHeader guide={guide} />
      <CriteriaSection section={guide.criteriaSection} />
      <RankingTable labels={guide.tableLabels} ranking={guide.ranking} />
      <RichText data={guide.crossLink} className="callout" />
      <div className="entries">
        {guide.ranking.map((framework, index) => (
          <FrameworkEntry
            key={framework.id}
            framework={framework}
            rank={index + 1}
            labels={guide.tableLabels}
          />
        ))}
      </div>
      <CaveatsSection section={guide.caveatsSection} />
      <CallToAction cta={guide.cta} />
    </article>
  )
}
