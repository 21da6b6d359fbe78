import type { GuideView } from '@/lib/content/guide'
import type { ScorecardView } from '@/lib/scorecard/view'

type Props = { guide: GuideView; title: string; scored?: ScorecardView | null }

/**
 * Beside the text on wide screens: every section and entry, by its anchor, the entries in the
 * order in effect (the reader's script moves them with the others: data-entry). On narrower ones
 * it sits above the guide, folded (a <details>: no script), so a phone reader need not scroll
 * some 6,000 px to the entries. Wide screens show the list whatever the fold (globals.css).
 */
export function TableOfContents({ guide, title, scored }: Props) {
  const entries = scored
    ? scored.entries.map(({ framework, rank }) => ({ framework, rank }))
    : guide.ranking.map((framework, index) => ({ framework, rank: index + 1 }))
  const scorecard = scored ? (
    <>
      <li>
        <a href="#scorecard">{guide.scorecardSection.heading}</a>
      </li>
      <li>
        <a href="#winners">{guide.scorecardSection.winnersHeading}</a>
      </li>
    </>
  ) : null
  const scorecardFirst = guide.scorecardSection.position !== 'beforeCaveats'
  return (
    <nav className="toc" aria-labelledby="toc-title">
      <details className="toc-fold">
        <summary className="toc-title" id="toc-title">
          {title}
        </summary>
        <ol data-scorecard-list={scored ? '' : undefined}>
          <li>
            <a href="#criteria">{guide.criteriaSection.heading}</a>
          </li>
          {scorecardFirst ? scorecard : null}
          {entries.map(({ framework, rank }) => (
            <li key={framework.id} data-entry={scored ? framework.id : undefined}>
              <a href={`#${framework.slug}`}>
                <span className="toc-rank">
                  {guide.tableLabels.rank}
                  <span data-rank={scored ? '' : undefined}>{rank}</span>
                </span>{' '}
                {framework.name}
              </a>
            </li>
          ))}
          {scorecardFirst ? null : scorecard}
          {guide.caveatsSection.caveats.length > 0 ? (
            <li>
              <a href="#caveats">{guide.caveatsSection.heading}</a>
            </li>
          ) : null}
          <li>
            <a href="#cta">{guide.cta.heading}</a>
          </li>
        </ol>
      </details>
    </nav>
  )
}
