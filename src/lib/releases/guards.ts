import type { PayloadRequest } from 'payload'

import type { Release } from '@/payload-types'

import { docVersion, globalVersion, publishedSince, type Snapshot } from './history'
import { describeHeld, heldBy, type GlobalItem, type Row } from './items'
import { ReleaseRefused } from './publishing'
import { publishedGlobalVersion, publishedVersion } from './versions'

// A release never overwrites work it does not hold. A later publish of one of its documents is
// named in a 409, and nothing is published or reverted; a newer unpublished draft is kept as the
// working copy instead (src/lib/releases/transaction.ts). Run under the locks of every document
// involved, so no save slips in between the check and the write.

type Problem = { path: string; document: string; reason: string; laterRelease?: string }

const listed = (problems: Problem[]) =>
  problems
    .map(
      (p) => `${p.document}: ${p.reason}${p.laterRelease ? ` (release “${p.laterRelease}”)` : ''}`,
    )
    .join('; ')

/** What readers see of a document now, or undefined while it is not published. */
export async function liveDocVersion(req: PayloadRequest, row: Row) {
  const id = await publishedVersion(req, row.held.collection, row.held.id)
  return id === undefined ? undefined : docVersion(req, row.held.collection, row.held.id, id)
}

export async function liveGlobalVersion(req: PayloadRequest, item: GlobalItem) {
  const id = await publishedGlobalVersion(req, item.global)
  return id === undefined ? undefined : globalVersion(req, item.global, id)
}

const pruned = (what: string) => `the version ${what} was pruned (documents keep their newest 100)`

/** The published release, later than this one, that holds the document: the change to undo first. */
async function laterReleaseHolding(
  req: PayloadRequest,
  release: Release,
  matches: (other: Release) => boolean,
): Promise<string | undefined> {
  if (!release.publishedAt) return undefined
  const { docs } = await req.payload.find({
    collection: 'releases',
    where: {
      and: [
        { status: { equals: 'published' } },
        { publishedAt: { greater_than: release.publishedAt } },
      ],
    },
    sort: '-publishedAt',
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs.find((other) => other.id !== release.id && matches(other))?.name
}

/**
 * Publishing puts each row's captured version live. Refused when a document was published again
 * after the release captured it (the release would silently take that change off the site), or
 * was deleted. "Take newer drafts" brings such rows up to date.
 */
export async function refusePublishingMovedOn(
  req: PayloadRequest,
  rows: Row[],
  globals: GlobalItem[],
) {
  const problems: Problem[] = []
  for (const row of rows) {
    const { item, index, held } = row
    const path = `items.${index}.doc`
    const document = describeHeld(held)
    if (held.deleted) {
      problems.push({ path, document, reason: 'it was deleted: remove its row' })
      continue
    }
    const captured = await docVersion(req, held.collection, held.id, Number(item.version))
    const reason = captured
      ? publishedSince(captured, await liveDocVersion(req, row))
      : pruned('the release captured')
    if (reason) problems.push({ path, document, reason })
  }
  for (const [index, item] of globals.entries()) {
    const captured = await globalVersion(req, item.global, Number(item.version))
    const reason = captured
      ? publishedSince(captured, await liveGlobalVersion(req, item))
      : pruned('the release captured')
    if (reason) problems.push({ path: `globals.${index}`, document: `the ${item.global}`, reason })
  }
  if (problems.length === 0) return
  throw new ReleaseRefused(
    `Nothing was published: ${listed(problems)}. Use “Take newer drafts” to bring the release up to date, then publish.`,
    409,
    { problems },
  )
}

/** What the release put live, for a row or a setting (older releases recorded only the capture). */
const putLive = (item: { publishedVersion?: number | null; version?: number | null }) =>
  Number(item.publishedVersion ?? item.version)

/**
 * A revert puts back what was live before the release, only where readers still see exactly what
 * the release put live. Where a later publish changed it (another release, or the document's own
 * Publish) or it was unpublished since, the whole revert is refused, naming the document and the
 * later change: revert the later release first, or change the document by hand. A deleted
 * document is skipped.
 */
export async function refuseRevertingOverLaterWork(
  req: PayloadRequest,
  release: Release,
  rows: Row[],
  globals: GlobalItem[],
) {
  const problems: Problem[] = []
  const check = (published: Snapshot | undefined, live: Snapshot | undefined) => {
    if (!published) return pruned('this release published')
    if (!live) return 'it was unpublished after this release'
    if (live.key === published.key) return undefined
    return publishedSince(published, live) ?? 'what is live is not what this release published'
  }
  for (const row of rows) {
    const { item, index, held } = row
    if (held.deleted) continue
    const { collection, id } = held
    const published = await docVersion(req, collection, id, putLive(item))
    const reason = check(published, await liveDocVersion(req, row))
    if (!reason) continue
    const laterRelease = await laterReleaseHolding(req, release, (other) =>
      (other.items ?? []).some((each) => {
        const h = heldBy(each)
        return h?.collection === collection && h.id === id
      }),
    )
    problems.push({
      path: `items.${index}.doc`,
      document: describeHeld(held),
      reason,
      laterRelease,
    })
  }
  for (const [index, item] of globals.entries()) {
    const published = await globalVersion(req, item.global, putLive(item))
    const reason = check(published, await liveGlobalVersion(req, item))
    if (!reason) continue
    const laterRelease = await laterReleaseHolding(req, release, (other) =>
      (other.globals ?? []).some((each) => each.global === item.global),
    )
    problems.push({
      path: `globals.${index}`,
      document: `the ${item.global}`,
      reason,
      laterRelease,
    })
  }
  if (problems.length === 0) return
  throw new ReleaseRefused(
    `Nothing was reverted, because it would overwrite later work: ${listed(problems)}. Revert the later release first, or change the document by hand.`,
    409,
    { problems },
  )
}
