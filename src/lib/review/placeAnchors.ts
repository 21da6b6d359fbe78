/**
 * Anchors for places that live in another document a guide shows: a criterion, a ranked entry
 * and the fields of its framework. They name the related document's id, not a row's position,
 * so they hold when the guide's marketer reorders the ranking or the criteria.
 */
const ENTRY_FIELDS = ['blurb', 'bestFor'] as const
type EntryField = (typeof ENTRY_FIELDS)[number]

type Id = number | string

export const criterionAnchor = (id: Id) => `criterion:${id}`
export const entryAnchor = (framework: Id, field?: EntryField) =>
  `ranking:${framework}${field ? `.${field}` : ''}`
/** A scorecard cell is stored by framework and criterion id: its path is stable already. */
export const scoreCellAnchor = (framework: Id, criterion: Id) =>
  `scorecardSection.scorecard.entries.${framework}.scores.${criterion}`

const CRITERION = /^criterion:([1-9]\d{0,15})$/
const ENTRY = /^ranking:([1-9]\d{0,15})(?:\.([A-Za-z]+))?$/

const idOf = (value: unknown) =>
  value && typeof value === 'object' ? (value as { id?: unknown }).id : value
const listed = (list: unknown, id: number) =>
  Array.isArray(list) && list.some((item) => Number(idOf(item)) === id)

/**
 * Whether `doc` (a guide, at any depth) shows the criterion or ranked entry `field` names;
 * undefined when `field` is no anchor of this kind.
 */
export function relatedPlaceExists(doc: unknown, field: string): boolean | undefined {
  const guide = (doc && typeof doc === 'object' ? doc : {}) as {
    criteriaSection?: { criteria?: unknown }
    ranking?: unknown
  }
  const criterion = CRITERION.exec(field)
  if (criterion) return listed(guide.criteriaSection?.criteria, Number(criterion[1]))
  const entry = ENTRY.exec(field)
  if (!entry) return undefined
  if (entry[2] !== undefined && !ENTRY_FIELDS.includes(entry[2] as EntryField)) return false
  const frameworks = Array.isArray(guide.ranking)
    ? guide.ranking.map((row: unknown) => (row as { framework?: unknown } | null)?.framework)
    : []
  return listed(frameworks, Number(entry[1]))
}
