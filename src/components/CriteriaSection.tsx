import type { GuideView } from '@/lib/content/guide'
import type { SiteSettings } from '@/lib/content/site'
import { criterionAnchor } from '@/lib/content/urls'
import { criterionAnchor as criterionPlace } from '@/lib/review/placeAnchors'
import type { ReviewerView } from '@/lib/review/reviewerView'

import { CopyLink } from './CopyLink'
import { RichText } from './RichText'
import { ReviewCorner } from './review/ReviewCorner'

type Props = {
  section: GuideView['criteriaSection']
  labels: SiteSettings['labels']
  /** A share link's review: each criterion then carries its comments. */
  review?: ReviewerView
}

export function CriteriaSection({ section, labels, review }: Props) {
  return (
    <section className="section" id="criteria" aria-labelledby="criteria-heading">
      <h2 id="criteria-heading">{section.heading}</h2>
      <RichText data={section.intro} className="prose" />
      <ol className="criteria">
        {section.criteria.map((criterion) => (
          <li
            key={criterion.id}
            id={criterionAnchor(criterion.name)}
            data-review-field={review ? criterionPlace(criterion.id) : undefined}
          >
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
            {review ? <ReviewCorner review={review} field={criterionPlace(criterion.id)} /> : null}
          </li>
        ))}
      </ol>
      <RichText data={section.outro} className="prose" />
    </section>
  )
}
