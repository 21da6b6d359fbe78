import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

import { collectRevalidations, revalidateTags } from '@/lib/content/cacheTags'
import { lockForWrite } from '@/lib/database/documentLocks'
import { relationId } from '@/lib/content/relationId'
import type { Release } from '@/payload-types'

import { recordReleaseChanges, RELEASE_MOVES, type RankMove } from './changelog'
import {
  describeDoc,
  globalVersionData,
  publishAs,
  publishGlobalAs,
  ReleaseRefused,
  versionData,
} from './publishing'
import { publishedGlobalVersion, publishedVersion } from './versions'

type Item = NonNullable<Release['items']>[number]
type GlobalItem = NonNullable<Release['globals']>[number]
export type Action = 'publish' | 'revert'

export { ReleaseRefused }

/** Publishes the global's captured version, or on a revert the one from before the release. */
async function runGlobal(
  req: PayloadRequest,
  item: GlobalItem,
  action: Action,
  overrideAccess: boolean,
): Promise<GlobalItem> {
  const { global } = item
  if (action === 'publish') {
    const previousVersion = (await publishedGlobalVersion(req, global)) ?? null
    const data = await globalVersionData(req, global, Number(item.version))
    await publishGlobalAs(req, global, data, overrideAccess)
    return { ...item, previousVersion }
  }
  const data = item.previousVersion
    ? await globalVersionData(req, global, item.previousVersion)
    : undefined
  await publishGlobalAs(req, global, data, overrideAccess)
  return item
}

const itemRef = (item: Item) => ({
  collection: item.doc.relationTo,
  id: Number(relationId(item.doc.value)),
})

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
    const allowed = action === 'publish' ? ['open', 'scheduled'] : ['published']
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
    const items = release.items ?? []
    const globals = release.globals ?? []
    if (action === 'publish' && items.length + globals.length === 0) {
      throw new ReleaseRefused('items: the release holds no documents to publish.', 400)
    }
    const moves = new Map<number, RankMove[]>()
    req.context[RELEASE_MOVES] = moves
    const done: Item[] = []
    const globalsDone: GlobalItem[] = []
    // The header and footer link to guides and pages: published after them, reverted before.
    const runGlobals = async () => {
      for (const item of globals)
        globalsDone.push(await runGlobal(req, item, action, overrideAccess))
    }
    if (action === 'revert') await runGlobals()
    for (const item of action === 'publish' ? items : [...items].reverse()) {
      const { collection, id } = itemRef(item)
      if (action === 'publish') {
        const previousVersion = (await publishedVersion(req, collection, id)) ?? null
        const data = await versionData(req, collection, id, Number(item.version))
        await publishAs(
          req,
          collection,
          id,
          data,
          describeDoc(req, collection, data),
          overrideAccess,
        )
        done.push({ ...item, previousVersion })
      } else {
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
        done.unshift(item)
      }
    }
    if (action === 'publish') await runGlobals()
    await recordReleaseChanges(req, release, action, done, moves)
    const saved = await req.payload.update({
      collection: 'releases',
      id: releaseId,
      data: {
        status: action === 'publish' ? 'published' : 'reverted',
        [action === 'publish' ? 'publishedAt' : 'revertedAt']: new Date().toISOString(),
        items: done,
        globals: globalsDone,
      },
      depth: 0,
      req,
      overrideAccess: true,
      context: { releaseAction: action },
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
    delete req.context[RELEASE_MOVES]
  }
}
