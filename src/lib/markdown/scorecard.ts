import type { GuideView } from '@/lib/content/guide'
import { scorecardView, type ScorecardView } from '@/lib/scorecard/view'

import { emphasis, inline, link, paragraph, strong } from './text'

// The scorecard in a guide's twin (and so in /llms-full.txt): every figure comes from
// scorecardView, the module the page reads, so the twin and the page cannot disagree.

type Labels = GuideView['scorecardSection']

/** A weight as the page writes it beside a criterion: "×4". */
const times = (weight: number) => `×${weight}`

/** A score as text: a cell still empty in a draft shows a dash, never a 0 it does not hold. */
const scoreText = (score: number | null) => (score === null ? '–' : String(score))

/** A list item's text: a label may not open a heading, quote or list inside the item. */
const item = (text: string) => `- ${paragraph(text)}`

function table(view: ScorecardView, guide: GuideView, url: string): string {
  const labels = guide.scorecardSection
  const header = [
    guide.tableLabels.rank,
    guide.tableLabels.framework,
    ...view.criteria.map((criterion) => `${criterion.name} (${times(criterion.weight)})`),
    labels.totalLabel,
  ].map(inline)
  const rows = view.entries.map((entry) => [
    String(entry.rank),
    link(entry.framework.name, `${url}#${entry.framework.slug}`),
    ...entry.cells.map((cell) => scoreText(cell.score)),
    entry.score.toFixed(1),
  ])
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`
  return [
    `${paragraph(labels.caption)}:`,
    '',
    line(header),
    line(header.map(() => '---')),
    ...rows.map(line),
  ].join('\n')
}

/** Each entry's rationale per criterion, its declared difference and its last review. */
function rationales(view: ScorecardView, labels: Labels): string {
  const nameOf = new Map(view.criteria.map((criterion) => [criterion.slug, criterion.name]))
  const entries = view.entries.map((entry) =>
    [
      `- ${strong(entry.framework.name)}`,
      ...entry.cells
        .filter((cell) => cell.rationale.trim())
        .map(
          (cell) =>
            `  ${item(`${nameOf.get(cell.slug) ?? cell.slug} ${scoreText(cell.score)}: ${cell.rationale}`)}`,
        ),
      ...(entry.note.trim() ? [`  ${item(`${labels.differenceLabel}: ${entry.note}`)}`] : []),
      ...(entry.reviewed ? [`  ${item(`${labels.reviewedLabel}: ${entry.reviewed}`)}`] : []),
    ].join('\n'),
  )
  return [`${strong(`${labels.rationaleLabel}:`)}`, '', ...entries].join('\n')
}

/** "Which weights produce which winners": each scenario, its winner, and a tie as it is broken. */
function winners(view: ScorecardView, labels: Labels): string[] {
  if (view.winners.length === 0) return []
  const ours = view.criteria
    .map((criterion) => `${criterion.name} ${times(criterion.editorialWeight)}`)
    .join(', ')
  const scenario = (winner: ScorecardView['winners'][number]) => {
    switch (winner.scenario) {
      case 'editorial':
        return `${labels.editorialWeightsLabel} (${ours})`
      case 'equal':
        return labels.equalWeightsLabel
      case 'dominant':
        return `${winner.criterion?.name ?? ''} ${labels.dominantLabel}`
    }
  }
  const lines = view.winners.map((winner) => {
    // The tied entries in editorial order, the winner first: the order that breaks the tie.
    const tied = [winner.winner, ...winner.tiedWith].map(inline).join(', ')
    const tie = winner.tiedWith.length > 0 ? ` (${tied}: ${inline(labels.tieLabel)})` : ''
    return `${item(`${scenario(winner)}:`)} ${strong(winner.winner)}${tie}`
  })
  return [`## ${inline(labels.winnersHeading)}`, lines.join('\n')]
}

/**
 * The guide's scorecard section: its heading and intro, the scores as a table under the weights in
 * effect (in the order they give), the rationales and notes, then the winners by weight.
 */
export function scorecardMarkdown(view: ScorecardView, guide: GuideView, url: string): string[] {
  const labels = guide.scorecardSection
  return [
    `## ${inline(labels.heading)}`,
    labels.intro ? paragraph(labels.intro) : null,
    table(view, guide, url),
    rationales(view, labels),
    ...winners(view, labels),
  ].filter((block): block is string => Boolean(block))
}

/**
 * What an entry's own section says of its place: the note that declares why our ranking differs
 * from its weighted place, shown beside the entry as the page does. Nothing without a note.
 */
export const entryNote = (view: ScorecardView | null, frameworkId: number, labels: Labels) => {
  const note = view?.entries.find((entry) => entry.framework.id === frameworkId)?.note.trim()
  return note ? `${emphasis(`${labels.differenceLabel}:`)} ${inline(note)}` : null
}

/** A reader's `?w=` value(s), as the twin routes read them. */
export type WeightsQuery = string | string[] | null | undefined

/**
 * A guide as its twin shows it under the weights in effect: with a reader's own weighting, the
 * ranking follows their order (every list of the entries on the page does), the twin's URL is
 * the page's under that weighting, and a notice says whose weighting it is and links back to our
 * twin. Without one, the guide as we ranked it.
 */
export function inEffect(guide: GuideView, url: string, plainTwinUrl: string, w: WeightsQuery) {
  const scorecard = scorecardView(guide, w)
  if (!scorecard?.own) return { guide, scorecard, url, notice: null }
  const labels = guide.scorecardSection
  return {
    guide: { ...guide, ranking: scorecard.entries.map((entry) => entry.framework) },
    scorecard,
    url: `${url}?w=${scorecard.canonical}`,
    notice: `${emphasis(labels.ownWeightingLabel)} ${link(labels.backLabel, plainTwinUrl)}`,
  }
}
