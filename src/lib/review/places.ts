import { PAGE_BLOCKS } from '@/blocks'
import { lexicalText } from '@/lib/content/lexicalText'

import { WHOLE_DOCUMENT } from './limits'
import { criterionAnchor, entryAnchor, scoreCellAnchor } from './placeAnchors'

/** A spot a reviewer can comment on: its anchor (review-comments.field), its name, its text now. */
export type ReviewPlace = { field: string; label: string; text: string }

type Reviewable = 'guides' | 'pages' | 'releases'
type Row = Record<string, unknown>

const WHOLE: Record<Reviewable, string> = {
  guides: 'The whole guide',
  pages: 'The whole page',
  releases: 'The whole release',
}

const asRow = (value: unknown): Row =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Row) : {}
const rows = (value: unknown): unknown[] => (Array.isArray(value) ? value : [])
const idOf = (value: unknown): number | string | undefined => {
  if (typeof value === 'number' || typeof value === 'string') return value
  const id = asRow(value).id
  return typeof id === 'number' || typeof id === 'string' ? id : undefined
}
const str = (value: unknown) => (typeof value === 'string' ? value : '')
const lines = (...parts: string[]) => parts.filter(Boolean).join('\n')

// Keys that hold no words a reader sees: ids, kinds of things, addresses.
const SILENT = new Set(['id', 'blockType', 'blockName', 'linkType', 'url', 'newTab', 'relationTo'])

/** The words in a stored value, rich text included; related documents are not walked. */
function textOf(value: unknown): string {
  if (typeof value === 'string') return value
  if (Array.isArray(value)) return lines(...value.map(textOf))
  if (!value || typeof value !== 'object') return ''
  const row = value as Row
  if ('root' in row) return lexicalText(row)
  if ('createdAt' in row) return ''
  return lines(
    ...Object.entries(row)
      .filter(([key]) => !SILENT.has(key))
      .map(([, inner]) => textOf(inner)),
  )
}

/**
 * A ranked framework: a guide's ranking row holds it (`{ framework }`), a guide's view lists it
 * directly. Its fields are there only when the guide was read with depth ≥ 1.
 */
const rankedFramework = (row: unknown): Row => {
  const item = asRow(row)
  return 'framework' in item ? asRow(item.framework) : item
}
const frameworkId = (row: unknown) => {
  const item = asRow(row)
  return 'framework' in item ? idOf(item.framework) : idOf(item)
}

function guidePlaces(guide: Row): ReviewPlace[] {
  const criteriaSection = asRow(guide.criteriaSection)
  const criteria = rows(criteriaSection.criteria)
  const ranking = rows(guide.ranking)
  const scorecardSection = asRow(guide.scorecardSection)
  const caveatsSection = asRow(guide.caveatsSection)
  const cta = asRow(guide.cta)
  const name = (row: unknown, fallback: string) => str(asRow(row).name) || fallback

  const scorecard: ReviewPlace[] = [
    {
      field: 'scorecardSection',
      label: 'Scorecard',
      text: lines(str(scorecardSection.heading), str(scorecardSection.intro)),
    },
  ]
  const entries = asRow(asRow(scorecardSection.scorecard).entries)
  for (const row of ranking) {
    const framework = rankedFramework(row)
    const fw = frameworkId(row)
    if (fw === undefined) continue
    const scores = asRow(asRow(entries[String(fw)]).scores)
    for (const criterion of criteria) {
      const cid = idOf(criterion)
      const cell = cid === undefined ? undefined : scores[String(cid)]
      if (cid === undefined || !cell) continue
      const { score, rationale } = asRow(cell)
      scorecard.push({
        field: scoreCellAnchor(fw, cid),
        label: `Score: ${name(framework, `Entry ${fw}`)} × ${name(criterion, `Criterion ${cid}`)}`,
        text: lines(typeof score === 'number' ? String(score) : '', str(rationale)),
      })
    }
  }
  const at = (position: string) =>
    (str(scorecardSection.position) || 'afterRanking') === position ? scorecard : []

  return [
    { field: 'dek', label: 'Intro', text: lines(str(guide.title), str(guide.dek)) },
    {
      field: 'criteriaSection',
      label: 'Criteria',
      text: lines(
        str(criteriaSection.heading),
        lexicalText(criteriaSection.intro),
        lexicalText(criteriaSection.outro),
      ),
    },
    ...criteria.flatMap((criterion) => {
      const id = idOf(criterion)
      if (id === undefined) return []
      const row = asRow(criterion)
      return [
        {
          field: criterionAnchor(id),
          label: `Criterion: ${name(criterion, String(id))}`,
          text: lines(str(row.name), str(row.question)),
        },
      ]
    }),
    ...at('afterCriteria'),
    ...at('afterRanking'),
    ...ranking.flatMap((row) => {
      const id = frameworkId(row)
      if (id === undefined) return []
      const framework = rankedFramework(row)
      const entry = name(framework, `Entry ${id}`)
      return [
        {
          field: entryAnchor(id),
          label: entry,
          text: lines(
            str(framework.name),
            str(framework.language),
            str(framework.buildModel),
            str(framework.bestFor),
            lexicalText(framework.blurb),
          ),
        },
        {
          field: entryAnchor(id, 'blurb'),
          label: `${entry}: blurb`,
          text: lexicalText(framework.blurb),
        },
      ]
    }),
    ...at('beforeCaveats'),
    {
      field: 'caveatsSection',
      label: 'Caveats',
      text: lines(
        str(caveatsSection.heading),
        ...rows(caveatsSection.caveats).map((caveat) => lexicalText(asRow(caveat).body)),
      ),
    },
    {
      field: 'cta',
      label: 'Call to action',
      text: lines(str(cta.heading), str(cta.text), str(cta.linkLabel)),
    },
  ]
}

const blockNames = new Map(
  PAGE_BLOCKS.map((block) => {
    const singular = block.labels?.singular
    return [block.slug, typeof singular === 'string' ? singular : block.slug]
  }),
)

function pagePlaces(page: Row): ReviewPlace[] {
  return [
    { field: 'dek', label: 'Intro', text: lines(str(page.title), str(page.dek)) },
    ...rows(page.layout).flatMap((block, index) => {
      const row = asRow(block)
      const id = idOf(row)
      if (typeof id !== 'string') return []
      const kind = blockNames.get(str(row.blockType)) ?? 'Block'
      return [{ field: id, label: `Block ${index + 1}: ${kind}`, text: textOf(row) }]
    }),
  ]
}

/**
 * Every spot of a guide, page or release a reviewer can comment on, in reading order, the whole
 * document first. A guide read with depth ≥ 1 names its criteria and entries and gives their
 * text; read with depth 0, they are named by id and have no text (so nothing on them is outdated
 * only because of that: callers checking "outdated" read with depth ≥ 1).
 */
export function reviewPlaces(collection: Reviewable, doc: unknown): ReviewPlace[] {
  const row = asRow(doc)
  const places =
    collection === 'guides' ? guidePlaces(row) : collection === 'pages' ? pagePlaces(row) : []
  const whole = { field: WHOLE_DOCUMENT, label: WHOLE[collection], text: '' }
  whole.text = lines(...places.map((place) => place.text))
  return [whole, ...places]
}

export function placeLabel(places: ReviewPlace[], field: string): string {
  return places.find((place) => place.field === field)?.label ?? field
}

const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim()

/**
 * A comment is outdated when its place is gone, or when it quoted words its place no longer has
 * (spacing aside: a selection across paragraphs comes with line breaks of its own).
 */
export function isOutdated(
  comment: { quote?: string | null; field: string },
  places: ReviewPlace[],
): boolean {
  const place = places.find(({ field }) => field === comment.field)
  if (!place) return true
  const quote = squeeze(comment.quote ?? '')
  return quote !== '' && !squeeze(place.text).includes(quote)
}
