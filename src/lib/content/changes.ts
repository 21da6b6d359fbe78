import type { Payload } from 'payload'

/** One published change of a guide as readers see it: no release name, id or item. */
export type GuideChangeView = {
  id: number
  at: string
  kind: 'publish' | 'revert'
  /** The release's public note, if it has one. */
  note: string | null
  /** "Django: #3 → #2"; null on one side: newly ranked, or left the ranking. */
  moves: { name: string; from: number | null; to: number | null }[]
  /** "FastAPI · ownership 6 → 7"; no entry: a weight. Null on one side: not scored then. */
  scores: { entry: string | null; criterion: string; from: number | null; to: number | null }[]
}

/** A populated relationship's published name; one readers may not see any more reads "?". */
const nameOf = (related: number | { name?: string | null }) =>
  (typeof related === 'object' && related.name) || '?'

/** A release's note is public once the release went out: never while it is open or scheduled. */
const PUBLIC_NOTE: readonly (string | null | undefined)[] = ['published', 'reverted']

/**
 * The guide's visible changes, newest first. Entries exist only for publishes (never drafts); they
 * name releases, which readers may not read, so the query overrides access and keeps only the
 * public note of a release that went out and the frameworks' published names.
 */
export async function findGuideChanges(
  payload: Payload,
  guide: number,
  limit: number,
): Promise<GuideChangeView[]> {
  const { docs } = await payload.find({
    collection: 'guide-changes',
    where: { and: [{ guide: { equals: guide } }, { hidden: { not_equals: true } }] },
    sort: '-at',
    limit,
    depth: 1,
    draft: false,
    overrideAccess: true,
    select: { at: true, kind: true, release: true, moves: true, scoreChanges: true },
    populate: {
      releases: { note: true, status: true },
      frameworks: { name: true },
      criteria: { name: true },
    },
  })
  return docs.map((change) => ({
    id: change.id,
    at: change.at,
    kind: change.kind,
    note:
      (typeof change.release === 'object' &&
        PUBLIC_NOTE.includes(change.release?.status) &&
        change.release?.note) ||
      null,
    moves: (change.moves ?? []).map((move) => ({
      name: nameOf(move.framework),
      from: move.from ?? null,
      to: move.to ?? null,
    })),
    scores: (change.scoreChanges ?? []).map((score) => ({
      entry: score.framework == null ? null : nameOf(score.framework),
      criterion: nameOf(score.criterion),
      from: score.from ?? null,
      to: score.to ?? null,
    })),
  }))
}

/** "Django: #3 → #2", with the ranking's rank label; a dash for no rank. */
export const moveText = (move: GuideChangeView['moves'][number], rank: string) =>
  `${move.name}: ${move.from ? `${rank}${move.from}` : '–'} → ${move.to ? `${rank}${move.to}` : '–'}`

/** What a change of weight is called where an entry's name would be. */
export const WEIGHT_LABEL = 'Weight'

/** "FastAPI · ownership 6 → 7", or "Weight · performance 1 → 2"; a dash for no score. */
export const scoreText = (score: GuideChangeView['scores'][number]) =>
  `${score.entry ?? WEIGHT_LABEL} · ${score.criterion} ${score.from ?? '–'} → ${score.to ?? '–'}`
