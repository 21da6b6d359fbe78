import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { FieldsInvalid } from '@/lib/api/errors'
import { relationId } from '@/lib/content/relationId'
import {
  checkScorecard,
  publishProblems,
  type ScorecardFrame,
} from '@/lib/scorecard/check'
import type { Guide } from '@/payload-types'

type Related = number | { id: number } | null | undefined

async function namesOf(
  req: PayloadRequest,
  collection: 'frameworks' | 'criteria',
  ids: number[],
): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map()
  const { docs } = await req.payload.find({
    collection,
    where: { id: { in: ids } },
    depth: 0,
    limit: ids.length,
    pagination: false,
    draft: true,
    req,
  })
  return new Map(docs.map((doc) => [doc.id, (doc as { name?: string }).name ?? String(doc.id)]))
}

/** The ids a scorecard value names, whatever its shape, for naming them in a refusal. */
function idsIn(value: unknown): { criteria: number[]; entries: number[] } {
  const record = (v: unknown) => (v && typeof v === 'object' ? (v as Record<string, unknown>) : {})
  const numeric = (keys: string[]) => keys.filter((k) => /^\d{1,12}$/.test(k)).map(Number)
  const entries = record(record(value).entries)
  const criteria = [
    ...Object.keys(record(record(value).weights)),
    ...Object.values(entries).flatMap((entry) => Object.keys(record(record(entry).scores))),
  ]
  return { criteria: numeric(criteria), entries: numeric(Object.keys(entries)) }
}

/** The guide's criteria and ranked entries, in order, named as the editor shows them. */
async function frameOf(
  req: PayloadRequest,
  guide: Partial<Guide>,
  value: unknown,
): Promise<ScorecardFrame> {
  const criterionIds = ((guide.criteriaSection?.criteria ?? []) as Related[])
    .map((value) => (value == null ? undefined : relationId(value)))
    .filter((id): id is number => typeof id === 'number')
  const frameworkIds = ((guide.ranking ?? []) as { framework?: Related }[])
    .map((row) => (row?.framework == null ? undefined : relationId(row.framework)))
    .filter((id): id is number => typeof id === 'number')
  const named = idsIn(value)
  const [criteria, frameworks] = await Promise.all([
    namesOf(req, 'criteria', [...new Set([...criterionIds, ...named.criteria])]),
    namesOf(req, 'frameworks', [...new Set([...frameworkIds, ...named.entries])]),
  ])
  const byId = (names: Map<number, string>) =>
    Object.fromEntries([...names].map(([id, name]) => [String(id), name]))
  return {
    strangers: { criteria: byId(criteria), entries: byId(frameworks) },
    criteria: criterionIds.map((id) => ({
      id: String(id),
      name: criteria.get(id) ?? `criterion ${id}`,
    })),
    entries: frameworkIds.map((id) => ({
      id: String(id),
      name: frameworks.get(id) ?? `entry ${id}`,
    })),
  }
}

/**
 * Every save of a guide, draft or not, stores a scorecard of the right shape whose cells name the
 * guide's own entries and criteria; a publish also needs every score and weight. A refusal is a
 * 400 naming the entry, the criterion and the reason. A ranking that differs from the order of the
 * weighted scores is not refused: the editor's grid shows where before publishing, and the page
 * marks each such entry beside it, with the entry's public note when it has one.
 */
export const checkGuideScorecard: CollectionBeforeChangeHook<Guide> = async ({
  data,
  originalDoc,
  req,
  context,
}) => {
  if (context.seeding && !data.scorecardSection?.scorecard) return data
  const guide: Partial<Guide> = {
    criteriaSection: data.criteriaSection ?? originalDoc?.criteriaSection,
    ranking: data.ranking ?? originalDoc?.ranking,
  }
  const value =
    data.scorecardSection?.scorecard !== undefined
      ? data.scorecardSection.scorecard
      : originalDoc?.scorecardSection?.scorecard
  const frame = await frameOf(req, guide, value)
  const before = originalDoc ? await frameOf(req, originalDoc, undefined) : undefined
  const gone = (was: { id: string }[] = [], now: { id: string }[]) =>
    new Set(was.map((item) => item.id).filter((id) => !now.some((item) => item.id === id)))
  const { scorecard, problems } = checkScorecard(value, frame, {
    criteria: gone(before?.criteria, frame.criteria),
    entries: gone(before?.entries, frame.entries),
  })
  if (problems.length === 0 && data._status === 'published') {
    problems.push(...publishProblems(scorecard, frame))
  }
  if (problems.length > 0) throw new FieldsInvalid('guides', problems)
  // Stored as read: the defaults filled in (an empty rationale, an unreviewed entry), and without
  // what the save removed.
  if (value === undefined || value === null) return data
  const section = data.scorecardSection ?? originalDoc?.scorecardSection
  return { ...data, scorecardSection: { ...section!, scorecard } }
}
