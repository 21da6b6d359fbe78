import type { Finding } from './types'

// Pure: an entry the guide ranks at another place than its weighted score (under the guide's own
// weights) gives it. The page marks such an entry with the guide's "Ranked apart from its score"
// (src/components/RankedApart.tsx, decided in src/lib/scorecard/view.ts): a public claim that a
// drag in the ranking makes by itself, so Checks says it before it goes live.

export type ApartEntry = {
  /** Its row in the guide's Ranking field. */
  row: number
  name: string
  /** Its place in our ranking, as readers see it. */
  rank: number
  /** Its place by weighted score. */
  scoreRank: number
  /** The public note on why, from the scorecard. */
  note: string
}

export function rankedApartFindings(entries: ApartEntry[], mark: string): Finding[] {
  return entries
    .filter((entry) => entry.rank !== entry.scoreRank)
    .map((entry) => ({
      check: 'rankedApart',
      level: 'warning',
      field: `ranking.${entry.row}`,
      message:
        `Entry #${entry.rank} (${entry.name}) is ranked apart from its score, which places it ` +
        `#${entry.scoreRank}: the page marks it “${mark}”` +
        (entry.note.trim()
          ? ` with the note “${entry.note.trim()}”.`
          : ', with no note saying why (the Scorecard tab’s note).'),
    }))
}
