import type { GuideView } from '@/lib/content/guide'

/** Beside the text on wide screens: every section and entry, by its anchor. */
export function TableOfContents({ guide, title }: { guide: GuideView; title: string }) {
  return (
    <nav className="toc" aria-labelledby="toc-title">
      <p className="toc-title" id="toc-title">
        {title}
      </p>
      <ol>
        <li>
          <a href="#criteria">{guide.criteriaSection.heading}</a>
        </li>
        {guide.ranking.map((framework, index) => (
          <li key={framework.id}>
            <a href={`#${framework.slug}`}>
              <span className="toc-rank">
                {guide.tableLabels.rank}
                {index + 1}
              </span>{' '}
              {framework.name}
            </a>
          </li>
        ))}
        {guide.caveatsSection.caveats.length > 0 ? (
          <li>
            <a href="#caveats">{guide.caveatsSection.heading}</a>
          </li>
        ) : null}
        <li>
          <a href="#cta">{guide.cta.heading}</a>
        </li>
      </ol>
    </nav>
  )
}
