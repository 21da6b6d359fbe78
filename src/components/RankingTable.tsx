import type { GuideView } from '@/lib/content/guide'

type Props = {
  labels: GuideView['tableLabels']
  ranking: GuideView['ranking']
}

/**
 * The ranking at a glance; each name links to its entry below. On a phone the table scrolls
 * inside its own box with the name column pinned, so the page itself never scrolls sideways.
 */
export function RankingTable({ labels, ranking }: Props) {
  return (
    <div className="table-scroll" role="region" aria-labelledby="ranking-caption" tabIndex={0}>
      <table className="ranking">
        <caption id="ranking-caption">{labels.caption}</caption>
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
                <a href={`#${framework.slug}`}>{framework.name}</a>
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
