import type { GuideView } from '@/lib/content/guide'
import type { ScorecardView } from '@/lib/scorecard/view'

type Props = { view: ScorecardView; section: GuideView['scorecardSection'] }

/**
 * "Which weights produce which winners", computed from the scores on every render, so the
 * criteria's promise ("we say which below") can never go stale. Always under our weights, equal
 * weights and each criterion counting triple: it does not move with the reader's weights.
 */
export function WinnersByWeight({ view, section }: Props) {
  const ours = view.criteria
    .map((criterion) => `${criterion.name} ×${criterion.editorialWeight}`)
    .join(', ')
  const scenarioLabel = (winner: ScorecardView['winners'][number]) => {
    if (winner.scenario === 'editorial') return `${section.editorialWeightsLabel} (${ours})`
    if (winner.scenario === 'equal') return section.equalWeightsLabel
    return `${winner.criterion?.name ?? ''} ${section.dominantLabel}`
  }
  return (
    <section className="section winners" id="winners" aria-labelledby="winners-heading">
      <h2 id="winners-heading">{section.winnersHeading}</h2>
      <dl className="winners-list">
        {view.winners.map((winner) => (
          <div key={`${winner.scenario}-${winner.criterion?.slug ?? ''}`}>
            <dt>{scenarioLabel(winner)}</dt>
            <dd>
              <strong>{winner.winner}</strong>
              {winner.tiedWith.length > 0 ? (
                <span className="tie">
                  {' '}
                  ({[winner.winner, ...winner.tiedWith].join(', ')}: {section.tieLabel})
                </span>
              ) : null}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
