import type { GuideView } from '@/lib/content/guide'
import type { ScorecardView } from '@/lib/scorecard/view'

import { ReaderWeights } from './ReaderWeights'

type Props = { view: ScorecardView; guide: GuideView; path: string }

/** A weighted score as printed, server and script alike: always one decimal, 0.0–10.0. */
export const printScore = (score: number) => score.toFixed(1)

/**
 * Each entry's score on each criterion, in the order in effect, with the rationale behind each
 * score one click away (<details>: no script needed). The rows carry the numbers the reader's
 * script re-ranks from (data-criterion, data-score), so it never needs a copy of the scores.
 * On a phone each row is a card, its cells labelled by data-label (globals.css).
 */
export function Scorecard({ view, guide, path }: Props) {
  const section = guide.scorecardSection
  return (
    <section className="section scorecard" id="scorecard" aria-labelledby="scorecard-heading">
      <h2 id="scorecard-heading">{section.heading}</h2>
      {section.intro ? <p>{section.intro}</p> : null}
      <div className="scorecard-box">
        <table className="scores">
          <caption>{section.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{guide.tableLabels.rank}</th>
              <th scope="col">{guide.tableLabels.framework}</th>
              {view.criteria.map((criterion) => (
                <th scope="col" key={criterion.slug}>
                  {criterion.name}{' '}
                  <span className="weight">
                    ×<span data-weight-of={criterion.slug}>{criterion.weight}</span>
                  </span>
                </th>
              ))}
              <th scope="col">{section.totalLabel}</th>
            </tr>
          </thead>
          <tbody data-scorecard-list="">
            {view.entries.map((entry) => (
              <tr
                key={entry.framework.id}
                data-entry={entry.framework.id}
                data-editorial-rank={entry.editorialRank}
              >
                <td className="score-rank" data-rank="">
                  {entry.rank}
                </td>
                <th scope="row">
                  {entry.framework.name}
                  {entry.reviewed ? (
                    <span className="reviewed">
                      {/* Plain text, not <time>: the page's one <time> is its "Updated". */}
                      {section.reviewedLabel} {entry.reviewed}
                    </span>
                  ) : null}
                </th>
                {entry.cells.map((cell, index) => {
                  const criterion = view.criteria[index]!
                  const score = cell.score === null ? '–' : String(cell.score)
                  return (
                    <td
                      key={cell.slug}
                      data-criterion={cell.slug}
                      data-score={cell.score ?? ''}
                      data-label={criterion.name}
                    >
                      {cell.rationale ? (
                        <details>
                          <summary>
                            {score}
                            <span className="visually-hidden"> · {section.rationaleLabel}</span>
                          </summary>
                          <p>{cell.rationale}</p>
                        </details>
                      ) : (
                        score
                      )}
                    </td>
                  )
                })}
                <td className="weighted" data-weighted="" data-label={section.totalLabel}>
                  {printScore(entry.score)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ReaderWeights view={view} section={section} path={path} />
    </section>
  )
}
