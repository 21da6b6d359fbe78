import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

import { collectRevalidations, revalidateTags } from '@/lib/cache/revalidate'
import { lockForWrite } from '@/lib/database/documentLocks'
import type { Release } from '@/payload-types'

import { recordReleaseChanges, RELEASE_CHANGES, type GuideChangeRecord } from './changelog'
import { refusePublishingMovedOn, refuseRevertingOverLaterWork } from './guards'
import { heldBy, setReleaseState, type GlobalItem, type Item, type Row } from './items'
import {
  describeDoc,
  globalVersionData,
  publishAs,
  publishGlobalAs,
  ReleaseRefused,
  versionData,
} from './publishing'
import {
  docVersion,
  globalVersion,
  newestDocVersion,
  newestGlobalVersion,
  type Snapshot,
} from './history'
import {
  publishedGlobalVersion,
  publishedVersion,
  RELEASABLE_GLOBALS,
  type Releasable,
  type ReleasableGlobal,
} from './versions'

export type Action = 'publish' | 'revert'

export { ReleaseRefused }

/**
 * A newer draft than what the action puts live stays the working copy: saved again as the draft
 * on top, so the editor finds it where they left it and nothing unpublished is lost.
 */
async function keepDraft(
  req: PayloadRequest,
  target: { collection: Releasable; id: number } | { global: ReleasableGlobal },
  newest: Snapshot | undefined,
  live: Snapshot | undefined,
  overrideAccess: boolean,
) {
  if (!newest || newest.key === live?.key) return
  const common = { draft: true, depth: 0, req, overrideAccess, user: req.user } as const
  if ('global' in target) {
    const data = await globalVersionData(req, target.global, newest.id)
    await req.payload.updateGlobal({ slug: target.global, data, ...common })
    return
  }
  const data = await versionData(req, target.collection, target.id, newest.id)
  await req.payload.update({ ...target, data, ...common })
}

/** Publishes the global's captured version, or on a revert the one from before the release. */
async function runGlobal(
  req: PayloadRequest,
  item: GlobalItem,
  action: Action,
  overrideAccess: boolean,
): Promise<GlobalItem> {
  const { global } = item
  const newest = await newestGlobalVersion(req, global)
  if (action === 'publish') {
    const previousVersion = (await publishedGlobalVersion(req, global)) ?? null
    const data = await globalVersionData(req, global, Number(item.version))
    await publishGlobalAs(req, global, data, overrideAccess)
    const publishedAs = await newestGlobalVersion(req, global)
    await keepDraft(req, { global }, newest, publishedAs, overrideAccess)
    return { ...item, previousVersion, publishedVersion: publishedAs?.id ?? null }
  }
  const wasLive = await globalVersion(req, global, Number(item.publishedVersion ?? item.version))
  const data = item.previousVersion
    ? await globalVersionData(req, global, item.previousVersion)
    : undefined
  await publishGlobalAs(req, global, data, overrideAccess)
  await keepDraft(req, { global }, newest, wasLive, overrideAccess)
  return item
}

/** Publishes a row's captured version, noting what was live before and what it put live. */
async function publishRow(req: PayloadRequest, { item, held }: Row, overrideAccess: boolean) {
  const { collection, id } = held
  const newest = await newestDocVersion(req, collection, id)
  const previousVersion = (await publishedVersion(req, collection, id)) ?? null
  const data = await versionData(req, collection, id, Number(item.version))
  await publishAs(req, collection, id, data, describeDoc(req, collection, data), overrideAccess)
  const publishedAs = await newestDocVersion(req, collection, id)
  await keepDraft(req, { collection, id }, newest, publishedAs, overrideAccess)
  return { ...item, previousVersion, publishedVersion: publishedAs?.id ?? null }
}

/** Puts back what was live before the release (nothing: unpublishes what it first published). */
async function revertRow(req: PayloadRequest, { item, held }: Row, overrideAccess: boolean) {
  const { collection, id } = held
  const newest = await newestDocVersion(req, collection, id)
  const wasLive = await docVersion(
    req,
    collection,
    id,
    Number(item.publishedVersion ?? item.version),
  )
  const data = item.previousVersion
    ? await versionData(req, collection, id, item.previousVersion)
    : undefined
  const current = await req.payload.findByID({ collection, id, depth: 0, req })
  const label = describeDoc(req, collection, current as unknown as Record<string, unknown>)
  // Unpublishing what the release first published: links to it from documents it also
  // published are being reverted with it.
  req.context.unlink = !data
  await publishAs(req, collection, id, data, label, overrideAccess)
  req.context.unlink = false
  await keepDraft(req, { collection, id }, newest, wasLive, overrideAccess)
}

/**
 * The rows, each with the document it names. A row that names none (a document deleted before
 * rows kept their `was` text) cannot be published; a revert leaves it out with the deleted.
 */
function rowsOf(release: Release, action: Action): Row[] {
  return (release.items ?? []).flatMap((item, index) => {
    const held = heldBy(item)
    if (held) return [{ item, index, held }]
    if (action === 'revert') return []
    throw new ReleaseRefused(`items.${index}.doc: the row names no document: remove it.`, 409)
  })
}

/**
 * Every document and setting the release touches is locked, as a save of it would be, before any
 * is read: a save, or another release holding the same document, waits for this one and then
 * reads what it wrote. Always in one order, so two releases never wait on each other.
 */
async function lockEverything(req: PayloadRequest, rows: Row[], globals: GlobalItem[]) {
  const keys = rows
    .filter(({ held }) => !held.deleted)
    .map(({ held }) => [held.collection, held.id] as const)
    .sort(([a, x], [b, y]) => (a === b ? x - y : a < b ? -1 : 1))
  for (const [collection, id] of keys) await lockForWrite(req, collection, id)
  const slots = globals.map(({ global }) => RELEASABLE_GLOBALS.indexOf(global)).sort()
  for (const slot of slots) await lockForWrite(req, 'release-globals', slot + 1)
}

/**
 * Publishes every item's captured version (or, for a revert, its version from before the
 * release) in one transaction through the Local API, so each save's validation and hooks run.
 * The tags those hooks touch are expired once, after the commit: no reader can cache a page
 * rendered from data the commit is about to replace under a tag already expired.
 */
export async function runRelease(
  req: PayloadRequest,
  releaseId: number,
  action: Action,
  { overrideAccess = false, scheduledAt }: { overrideAccess?: boolean; scheduledAt?: string } = {},
): Promise<{ release: Release; tags: string[] } | { skipped: string }> {
  // Its own transaction, or it could not expire the tags after the commit.
  if (req.transactionID) throw new Error('runRelease: the request is already in a transaction')
  await initTransaction(req)
  const collected = collectRevalidations(req)
  try {
    // Two clicks, or a click and the scheduled job: one waits here, then finds it done.
    await lockForWrite(req, 'releases', releaseId)
    const release = await req.payload.findByID({
      collection: 'releases',
      id: releaseId,
      depth: 0,
      req,
      overrideAccess,
      user: req.user,
    })
    const allowed = action === 'publish' ? ['open', 'scheduled', 'failed'] : ['published']
    if (!allowed.includes(release.status ?? 'open')) {
      const what = action === 'publish' ? 'published again' : 'reverted'
      if (scheduledAt) {
        await killTransaction(req)
        return { skipped: `release is ${release.status}` }
      }
      throw new ReleaseRefused(
        `status: the release is ${release.status} and cannot be ${what}.`,
        409,
      )
    }
    // A job from an earlier schedule: the release was rescheduled or unscheduled since.
    if (scheduledAt && (release.status !== 'scheduled' || release.publishAt !== scheduledAt)) {
      await killTransaction(req)
      return { skipped: 'release was rescheduled' }
    }
    const rows = rowsOf(release, action)
    const globals = release.globals ?? []
    if (action === 'publish' && rows.length + globals.length === 0) {
      throw new ReleaseRefused('items: the release holds no documents to publish.', 400)
    }
    await lockEverything(req, rows, globals)
    if (action === 'publish') await refusePublishingMovedOn(req, rows, globals)
    else await refuseRevertingOverLaterWork(req, release, rows, globals)

    const changes = new Map<number, GuideChangeRecord>()
    req.context[RELEASE_CHANGES] = changes
    const items: Item[] = [...(release.items ?? [])]
    const globalsDone: GlobalItem[] = []
    // The header and footer link to guides and pages: published after them, reverted before.
    const runGlobals = async () => {
      for (const item of globals)
        globalsDone.push(await runGlobal(req, item, action, overrideAccess))
    }
    if (action === 'revert') await runGlobals()
    // A deleted document has nothing to publish or put back: the rest of the release still can.
    const live = rows.filter(({ held }) => !held.deleted)
    for (const row of action === 'publish' ? live : [...live].reverse()) {
      if (action === 'publish') items[row.index] = await publishRow(req, row, overrideAccess)
      else await revertRow(req, row, overrideAccess)
    }
    if (action === 'publish') await runGlobals()
    const changed = live.map(({ index }) => items[index]!)
    await recordReleaseChanges(req, release, action, changed, changes)
    const stamp = new Date().toISOString()
    if (action === 'publish') {
      await req.payload.update({
        collection: 'releases',
        id: releaseId,
        data: {
          status: 'published',
          publishedAt: stamp,
          items,
          globals: globalsDone,
          failure: null,
        },
        depth: 0,
        req,
        overrideAccess: true,
        context: { releaseAction: action },
      })
    } else {
      // Only the state changes. Not through a full save: a deleted document's row (its `doc`
      // emptied by the delete) would fail the required check that the row passed when it was made.
      await setReleaseState(req, releaseId, { status: 'reverted', revertedAt: stamp })
    }
    const saved = await req.payload.findByID({
      collection: 'releases',
      id: releaseId,
      depth: 0,
      req,
      overrideAccess: true,
    })
    await commitTransaction(req)
    const tags = collected()
    await revalidateTags(req, tags)
    return { release: saved, tags }
  } catch (error) {
    await killTransaction(req)
    throw error
  } finally {
    collected()
    delete req.context[RELEASE_CHANGES]
  }
}
