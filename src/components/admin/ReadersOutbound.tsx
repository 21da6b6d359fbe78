import type { Funnel } from '@/lib/analytics/read/guide'

type Ranked = { id: number; name: string; slug: string }

/**
 * Outbound clicks per ranked framework, in rank order, then any framework readers followed out
 * while it was ranked and that has left the ranking since.
 */
export function ReadersOutbound({ funnel, ranked }: { funnel: Funnel[]; ranked: Ranked[] }) {
  const clicks = funnel.map(
    (period) => new Map(period.outbound.map((row) => [row.slug, row.clicks])),
  )
  const rankedSlugs = new Set(ranked.map((framework) => framework.slug))
  const departed = [...new Set(funnel.flatMap((period) => period.outbound.map((row) => row.slug)))]
    .filter((slug) => !rankedSlugs.has(slug))
    .sort()
  const rows = [
    ...ranked.map((framework, i) => ({
      slug: framework.slug,
      rank: `#${i + 1}`,
      name: framework.name,
    })),
    ...departed.map((slug) => ({ slug, rank: 'no longer ranked', name: slug })),
  ]
  return (
    <>
      <h2 id="readers-outbound">Outbound clicks per ranked framework</h2>
      <table className="readers__table" aria-labelledby="readers-outbound" data-table="outbound">
        <thead>
          <tr>
            <th scope="col">Rank</th>
            <th scope="col">Framework</th>
            {funnel.map((period) => (
              <th key={period.days} scope="col">
                Last {period.days} days
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.slug} data-target={row.slug}>
              <td>{row.rank}</td>
              <th scope="row">{row.name}</th>
              {clicks.map((byTarget, i) => (
                <td key={funnel[i]!.days}>{byTarget.get(row.slug) ?? 0}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  )
}
