import { lastDays } from '@/lib/analytics/read/days'
import { MAX_EXPORT_DAYS, STATS_EXPORT_PATH } from '@/lib/analytics/read/exportEndpoint'

/** A plain GET form: the browser downloads the CSV with the session it already has. */
export function ReadersExport({ api }: { api: string }) {
  const { from, to } = lastDays(30)
  return (
    <form className="readers__export" method="get" action={`${api}${STATS_EXPORT_PATH}`}>
      <label>
        From <input type="date" name="from" defaultValue={from} required />
      </label>
      <label>
        to <input type="date" name="to" defaultValue={to} required />
      </label>
      <button type="submit" className="btn btn--style-secondary btn--size-small">
        Download CSV
      </button>
      <span className="readers__hint">
        Daily counts per page, UTC days, both included; up to {MAX_EXPORT_DAYS} days.
      </span>
    </form>
  )
}
