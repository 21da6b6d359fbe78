import type { GuideView } from '@/lib/content/guide'

type Props = {
  labels: GuideView['tableLabels']
  ranking: GuideView['ranking']
  /** Where the entries are: the guide's own path when the table is shown elsewhere. */
  entriesAt?: string
  /** The caption's id, unique on the page. */
  id?: string
}

/**
 * The ranking at a glance; each name links to its entry below. On a phone the table scrolls
 * inside its own box with the name column pinned, so the page itself never scrolls sideways.
 */
export function RankingTable({ labels, ranking, entriesAt = '', id = 'ranking-caption' }: Props) {
  return (
    <div className="table-scroll" role="region" aria-labelledby={id} tabIndex={0}>
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
        <tbody>
          {ranking.map((framework, index) => (
            <tr key={framework.id} className={framework.declaredBias ? 'ours' : undefined}>
              <td className="rank-cell">{index + 1}</td>
              <th scope="row" className="sticky-col">
                <a href={`${entriesAt}#${framework.slug}`}>{framework.name}</a>
              </th>
              <td>{framework.language}</td>
              <td>{framework.buildModel}</td>
              <td>{framework.bestFor}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
