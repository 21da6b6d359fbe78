import type { GuideView } from '@/lib/content/guide'
import type { SiteSettings } from '@/lib/content/site'
import { criterionAnchor } from '@/lib/content/urls'

import { CopyLink } from './CopyLink'
import { RichText } from './RichText'

type Props = { section: GuideView['criteriaSection']; labels: SiteSettings['labels'] }

export function CriteriaSection({ section, labels }: Props) {
  return (
    <section className="section" id="criteria" aria-labelledby="criteria-heading">
      <h2 id="criteria-heading">{section.heading}</h2>
      <RichText data={section.intro} className="prose" />
      <ol className="criteria">
        {section.criteria.map((criterion) => (
          <li key={criterion.id} id={criterionAnchor(criterion.name)}>
            <span>
              <strong className="criterion-name">{criterion.name}</strong>
              {criterion.question ? (
                <span className="criterion-question"> ({criterion.question})</span>
              ) : null}
            </span>
            <CopyLink
              anchor={criterionAnchor(criterion.name)}
              label={labels.copyLink}
              copiedLabel={labels.linkCopied}
              name={criterion.name}
            />
          </li>
        ))}
      </ol>
      <RichText data={section.outro} className="prose" />
    </section>
  )
}
