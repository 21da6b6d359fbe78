import type { GuideView } from '@/lib/queries/guide'

import { RichText } from './RichText'

export function CriteriaSection({ section }: { section: GuideView['criteriaSection'] }) {
  return (
    <section className="section" id="criteria" aria-labelledby="criteria-heading">
      <h2 id="criteria-heading">{section.heading}</h2>
      <RichText data={section.intro} className="prose" />
      <ol className="criteria">
        {section.criteria.map((criterion) => (
          <li key={criterion.id}>
            <strong className="criterion-name">{criterion.name}</strong>
            {criterion.question ? (
              <span className="criterion-question"> ({criterion.question})</span>
            ) : null}
          </li>
        ))}
      </ol>
      <RichText data={section.outro} className="prose" />
    </section>
  )
}
