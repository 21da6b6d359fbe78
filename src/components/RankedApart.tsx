/**
 * A declared difference: we rank this entry elsewhere than its weighted score under our own
 * weights would, and say why. Like #1's badge, it stays whatever weights the reader picks.
 */
export function RankedApart({ label, note }: { label: string; note: string }) {
  return (
    <span className="ranked-apart">
      <strong>{label}</strong>
      {note ? <span>: {note}</span> : null}
    </span>
  )
}
