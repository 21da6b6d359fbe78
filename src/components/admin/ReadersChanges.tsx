import { percent, rate } from '@/lib/analytics/read/figures'
import { AROUND_DAYS, type AroundChange, type Side } from '@/lib/analytics/read/guide'

const perDay = (side: Side) => (side.days > 0 ? side.totals.view / side.days : 0)
const oneDecimal = (n: number) => (Math.round(n * 10) / 10).toLocaleString('en-US')

/** "12.3 → 15 a day" or, before a whole day has passed, "12.3 → not yet". */
function Compare({
  before,
  after,
  show,
}: {
  before: Side
  after: Side | null
  show: (side: Side) => string
}) {
  return (
    <>
      {show(before)} → {after ? show(after) : 'not yet'}
      {after && after.days < AROUND_DAYS ? (
        <span className="readers__hint">
          {' '}
          ({after.days} of {AROUND_DAYS} days so far)
        </span>
      ) : null}
    </>
  )
}

const when = (iso: string) => new Date(iso).toISOString().slice(0, 16).replace('T', ' ') + ' UTC'

/** The guide's figures in the days before and after each published change ("What changed"). */
export function ReadersChanges({ changes }: { changes: AroundChange[] }) {
  return (
    <>
      <h2 id="readers-changes">Before and after each change</h2>
      <p className="readers__note">
        The {AROUND_DAYS} days before each entry of “What changed” against the {AROUND_DAYS} days
        after it; the day of the change itself is left out, as it mixes both.
      </p>
      {changes.length === 0 ? (
        <p className="readers__note">No change published yet.</p>
      ) : (
        <table className="readers__table" aria-labelledby="readers-changes" data-table="changes">
          <thead>
            <tr>
              <th scope="col">Change</th>
              <th scope="col">Views a day, before → after</th>
              <th scope="col">Reached the ranking</th>
              <th scope="col">CTA click-through</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((change) => (
              <tr key={change.id} data-change={change.id}>
                <th scope="row">
                  <time dateTime={change.at}>{when(change.at)}</time>
                  {change.kind === 'revert' ? ' reverted' : ' published'}
                  {change.release ? `, release “${change.release}”` : ''}
                  {change.hidden ? ' (hidden from readers)' : ''}
                  {change.moves.length > 0 ? (
                    <span className="readers__hint">: {change.moves.join('; ')}</span>
                  ) : null}
                </th>
                <td data-figure="views">
                  <Compare
                    before={change.before}
                    after={change.after}
                    show={(s) => oneDecimal(perDay(s))}
                  />
                </td>
                <td data-figure="reached">
                  <Compare
                    before={change.before}
                    after={change.after}
                    show={(s) => percent(rate(s.totals.reached, s.totals.view))}
                  />
                </td>
                <td data-figure="ctr">
                  <Compare
                    before={change.before}
                    after={change.after}
                    show={(s) => percent(s.ctr)}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  )
}
