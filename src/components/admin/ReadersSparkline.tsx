const WIDTH = 120
const HEIGHT = 28

/**
 * Views per day as a line, drawn in the text colour. The picture only repeats the figures: its
 * label says the range, the lowest, highest and latest day, and a table beside it lists every day.
 */
export function ReadersSparkline({
  values,
  from,
  to,
}: {
  values: number[]
  from: string
  to: string
}) {
  const highest = Math.max(0, ...values)
  const step = values.length > 1 ? WIDTH / (values.length - 1) : 0
  const y = (value: number) =>
    highest === 0 ? HEIGHT - 1 : HEIGHT - 1 - (value / highest) * (HEIGHT - 2)
  const points = values
    .map((value, i) => `${(i * step).toFixed(1)},${y(value).toFixed(1)}`)
    .join(' ')
  const label = `Views per day from ${from} to ${to}: lowest ${Math.min(...values)}, highest ${highest}, latest ${values.at(-1) ?? 0}.`
  return (
    <svg
      className="readers__sparkline"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width={WIDTH}
      height={HEIGHT}
      focusable="false"
    >
      <polyline points={points} fill="none" stroke="currentColor" strokeWidth="1.5" />
    </svg>
  )
}
