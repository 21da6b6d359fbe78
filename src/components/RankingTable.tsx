import type { GuideView } from '@/lib/content/guide'
import type { ScorecardView } from '@/lib/scorecard/view'

import { RankedApart } from './RankedApart'

type Props = {
  labels: GuideView['tableLabels']
  ranking: GuideView['ranking']
  /** The scorecard in effect: rows follow its order (the reader's, or ours) and its ranks. */
  scored?: ScorecardView | null
  /** Shown beside an entry we rank apart from its weighted score. */
  differenceLabel?: string
  /** Where the entries are: the guide's own path when the table is shown elsewhere. */
  entriesAt?: string
  /** The caption's id, unique on the page. */
  id?: string
}

/**
 * The ranking at a glance; each name links to its entry below. Between phone and desktop widths
 * the table scrolls inside its own box with the name column pinned, so the page itself never
 * scrolls sideways; on a phone each row reads as a card (globals.css).
 */
export function RankingTable({
  labels,
  ranking,
  scored,
  differenceLabel = '',
  entriesAt = '',
  id = 'ranking-caption',
}: Props) {
  const rows = scored
    ? scored.entries.map((entry) => ({ ...entry, apart: entry.scoreRank !== entry.editorialRank }))
    : ranking.map((framework, index) => ({ framework, rank: index + 1, apart: false, note: '' }))
  return (
    // When it first comes into view the reader has "reached the ranking" (a funnel step).
    <div
      className="table-scroll"
      role="region"
      aria-labelledby={id}
      tabIndex={0}
      data-beacon="reached"
    >
      <table className="ranking">
        <caption id={id}>{labels.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{labels.rank}</th>
            <th scope="col" className="sticky-col">
              {labels.framework}
            </th>
            <th scope="col">{labels.language}</th>
            <th scope="col">{labels.buildModel}</th>
            <th scope="col">{labels.bestFor}</th>
          </tr>
        </thead>
        <tbody data-scorecard-list={scored ? '' : undefined}>
          {rows.map(({ framework, rank, apart, note }) => (
            <tr
              key={framework.id}
              className={framework.declaredBias ? 'ours' : undefined}
              data-entry={scored ? framework.id : undefined}
            >
              <td className="rank-cell" data-rank={scored ? '' : undefined}>
                {rank}
              </td>
              <th scope="row" className="sticky-col">
                <a href={`${entriesAt}#${framework.slug}`}>{framework.name}</a>
                {apart ? <RankedApart label={differenceLabel} note={note} /> : null}
              </th>
              <td data-label={labels.language}>{framework.language}</td>
              <td data-label={labels.buildModel}>{framework.buildModel}</td>
              <td data-label={labels.bestFor}>{framework.bestFor}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
