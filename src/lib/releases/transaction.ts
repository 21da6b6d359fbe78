import {
  APIError,
  commitTransaction,
  initTransaction,
  killTransaction,
  type PayloadRequest,
} from 'payload'

import { collectRevalidations, revalidateTags } from '@/lib/content/cacheTags'
import { lockForWrite } from '@/lib/database/documentLocks'
import { relationId } from '@/lib/content/relationId'
import type { Release } from '@/payload-types'

import { recordReleaseChanges, RELEASE_MOVES, type RankMove } from './changelog'
import { publishedVersion, type Releasable } from './versions'

type Item = NonNullable<Release['items']>[number]
export type Action = 'publish' | 'revert'

/** A refusal that names the document and the field at fault; the endpoint answers it as 4xx. */
export class ReleaseRefused extends APIError {
  constructor(message: string, status: number, data: Record<string, unknown> = {}) {
    super(message, status, data, true)
    this.name = 'ReleaseRefused'
  }
}

// Stored with the version, never written back by a save.
const VERSION_ONLY = ['id', 'createdAt', 'updatedAt', '_status', 'linksTo'] as const

const itemRef = (item: Item) => ({
  collection: item.doc.relationTo,
  id: Number(relationId(item.doc.value)),
})

/** `frameworks “Django”`: the collection and the document's title, as the admin shows them. */
function describeDoc(req: PayloadRequest, collection: Releasable, data: Record<string, unknown>) {
  const field = req.payload.collections[collection].config.admin?.useAsTitle ?? 'id'
  return `${collection} “${String(data[field] ?? data.id)}”`
}

async function versionData(
  req: PayloadRequest,
  collection: Releasable,
  parent: number,
  id: number,
) {
  const version = await req.payload
    .findVersionByID({
      collection,
      id: String(id),
      depth: 0,
      req,
      overrideAccess: true,
      disableErrors: true,
    })
    .catch(() => null)
  if (!version || Number(version.parent) !== parent) {
    throw new ReleaseRefused(
      `items: version ${id} of ${collection} ${parent} no longer exists (versions beyond the last 100 are pruned). Take the newer draft, or remove the item.`,
      409,
    )
  }
  const data = { ...(version.version as unknown as Record<string, unknown>) }
  for (const key of VERSION_ONLY) delete data[key]
  return data
}

/** Saves `data` as the published document, naming the document in any refusal. */
async function publishAs(
  req: PayloadRequest,
  collection: Releasable,
  id: number,
  data: Record<string, unknown> | undefined,
  label: string,
  overrideAccess: boolean,
) {
  try {
    await req.payload.update({
      collection,
      id,
      // No data: unpublish (the document was not published before the release).
      data: (data ? { ...data, _status: 'published' } : { _status: 'draft' }) as never,
      depth: 0,
      req,
      overrideAccess,
      user: req.user,
    })
  } catch (error) {
    const cause = error as { status?: number; message?: string; data?: { errors?: unknown[] } }
    const status = typeof cause.status === 'number' && cause.status < 500 ? cause.status : 500
    if (status === 500) throw error
    const errors = (cause.data?.errors ?? []) as { path?: string; message?: string }[]
    const fields = errors.map((e) => `${e.path}: ${e.message}`).join(' ')
    throw new ReleaseRefused(`${label} cannot be published: ${fields || cause.message}`, status, {
      document: { collection, id, label },
      errors,
    })
  }
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
    if (action === 'publish' && items.length === 0) {
      throw new ReleaseRefused('items: the release holds no documents to publish.', 400)
    }
    const moves = new Map<number, RankMove[]>()
    req.context[RELEASE_MOVES] = moves
    const done: Item[] = []
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
    await recordReleaseChanges(req, release, action, done, moves)
    const saved = await req.payload.update({
      collection: 'releases',
      id: releaseId,
      data: {
        status: action === 'publish' ? 'published' : 'reverted',
        [action === 'publish' ? 'publishedAt' : 'revertedAt']: new Date().toISOString(),
        items: done,
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
