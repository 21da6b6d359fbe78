import type {
  CollectionAfterChangeHook,
  CollectionAfterReadHook,
  CollectionBeforeChangeHook,
  FieldHook,
  PayloadRequest,
} from 'payload'

import { FieldsInvalid } from '@/lib/api/errors'
import { relationId } from '@/lib/content/relationId'
import { freezeVersion, latestVersion, publishedVersion } from '@/lib/releases/versions'
import type { Release } from '@/payload-types'

type Item = NonNullable<Release['items']>[number]

const refOf = (item: Pick<Item, 'doc'>) => ({
  collection: item.doc.relationTo,
  id: Number(relationId(item.doc.value)),
})

async function capture(req: PayloadRequest, item: Item, index: number): Promise<Item> {
  const { collection, id } = refOf(item)
  const latest = await latestVersion(req, collection, id)
  if (!latest) {
    throw new FieldsInvalid('releases', [
      { path: `items.${index}.doc`, message: `${collection} ${id} has no saved version to add.` },
    ])
  }
  await freezeVersion(req, collection, latest.id)
  return { ...item, version: latest.id, addedAt: new Date().toISOString(), previousVersion: null }
}

/**
 * Keeps what only the release's actions may set: each item's captured version (the newest version
 * of the document when it was added, or when "Take newer drafts" ran), when, and the status. A
 * published or reverted release keeps its items: they are what a revert restores.
 */
export const captureItems: CollectionBeforeChangeHook<Release> = async ({
  data,
  originalDoc,
  req,
  context,
}) => {
  if (context.releaseAction) return data
  // Whatever a client sends for these, only the actions set them.
  data.publishedAt = originalDoc?.publishedAt
  data.revertedAt = originalDoc?.revertedAt
  const status = originalDoc?.status ?? 'open'
  const before = new Map((originalDoc?.items ?? []).map((item) => [item.id, item]))
  if (status === 'published' || status === 'reverted') {
    const refs = (items: Item[] | null | undefined) => JSON.stringify((items ?? []).map(refOf))
    if (data.items !== undefined && refs(data.items) !== refs(originalDoc?.items)) {
      throw new FieldsInvalid('releases', [
        {
          path: 'items',
          message: `cannot change once the release is ${status}: make a new release.`,
        },
      ])
    }
    data.items = originalDoc?.items
  } else if (data.items) {
    const items: Item[] = []
    for (const [index, item] of data.items.entries()) {
      const kept = item.id ? before.get(item.id) : undefined
      const same =
        kept && JSON.stringify(refOf(kept)) === JSON.stringify(refOf(item)) && !context.takeNewer
      items.push(same ? { ...item, ...pick(kept) } : await capture(req, item, index))
    }
    data.items = items
  }
  if (status === 'open' || status === 'scheduled') {
    const publishAt = data.publishAt === undefined ? originalDoc?.publishAt : data.publishAt
    data.status = publishAt ? 'scheduled' : 'open'
  } else {
    data.status = status
  }
  return data
}

const pick = ({ version, addedAt, previousVersion }: Item) => ({
  version,
  addedAt,
  previousVersion,
})

/** A scheduled release gets one job; a job from an older schedule finds it changed and skips. */
export const scheduleRelease: CollectionAfterChangeHook<Release> = async ({
  doc,
  previousDoc,
  req,
  context,
}) => {
  if (context.releaseAction || doc.status !== 'scheduled' || !doc.publishAt) return doc
  if (previousDoc?.status === 'scheduled' && previousDoc.publishAt === doc.publishAt) return doc
  await req.payload.jobs.queue({
    task: 'publishRelease',
    input: { release: doc.id, at: doc.publishAt },
    waitUntil: new Date(doc.publishAt),
    req,
  })
  return doc
}

/** Whether the document has a newer version than the one the release holds. */
export const itemState: FieldHook<Release, string | undefined, Item> = async ({
  siblingData,
  originalDoc,
  req,
}) => {
  if (!siblingData?.doc || !siblingData.version) return undefined
  if (originalDoc?.status === 'published') return 'Published with this release.'
  if (originalDoc?.status === 'reverted') return 'Reverted.'
  const { collection, id } = refOf(siblingData as Item)
  const latest = await latestVersion(req, collection, id)
  if (!latest) return 'Missing: the document was deleted.'
  if (latest.id === siblingData.version) return 'Up to date.'
  return `Out of date: a newer version was saved ${latest.updatedAt.slice(0, 16).replace('T', ' ')} UTC. “Take newer drafts” includes it.`
}

async function compareUrl(req: PayloadRequest, item: Item, open: boolean) {
  if (!item.doc || !item.version) return undefined
  const { collection, id } = refOf(item)
  const live = open ? await publishedVersion(req, collection, id) : item.previousVersion
  const from = live ? `?versionFrom=${live}` : ''
  return `/admin/collections/${collection}/${id}/versions/${item.version}${from}`
}

/**
 * Each item's link to Payload's own comparison of the captured version with the live one (with
 * what was live before, once the release is published or reverted), what changed only; nothing
 * live, with the version before it. Set here, after the field hooks, not in a second async field
 * hook: two would set their keys in whichever order they finish, and a read would differ from the
 * next.
 */
export const compareUrls: CollectionAfterReadHook<Release> = async ({ doc, req }) => {
  if (!doc.items) return doc
  const open = doc.status !== 'published' && doc.status !== 'reverted'
  doc.items = await Promise.all(
    doc.items.map(async ({ compare: _, ...item }) => ({
      ...item,
      compare: await compareUrl(req, item, open),
    })),
  )
  return doc
}
