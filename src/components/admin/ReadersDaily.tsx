type Day = { day: string; views: number; visitors: number; cta: number }

/** Every day's figures behind a sparkline, newest first: its text alternative, folded away. */
export function ReadersDaily({ title, days }: { title: string; days: Day[] }) {
  return (
    <details className="readers__daily">
      <summary>Daily figures, last {days.length} days</summary>
      <table className="readers__table">
        <caption className="readers__hidden">Daily readers of {title}</caption>
        <thead>
          <tr>
            <th scope="col">Day (UTC)</th>
            <th scope="col">Views</th>
            <th scope="col">Unique visitors</th>
            <th scope="col">CTA clicks</th>
          </tr>
        </thead>
        <tbody>
          {days.toReversed().map((day) => (
            <tr key={day.day}>
              <th scope="row">
                <time dateTime={day.day}>{day.day}</time>
              </th>
              <td>{day.views}</td>
              <td>{day.visitors}</td>
              <td>{day.cta}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  )
}
