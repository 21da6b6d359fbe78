import type {
  CollectionAfterChangeHook,
  CollectionAfterReadHook,
  CollectionBeforeChangeHook,
  FieldHook,
  PayloadRequest,
} from 'payload'

import { FieldsInvalid } from '@/lib/api/errors'
import { relationId } from '@/lib/content/relationId'
import {
  freezeVersion,
  latestGlobalVersion,
  latestVersion,
  publishedGlobalVersion,
  publishedVersion,
  type VersionStamp,
} from '@/lib/releases/versions'
import type { Release } from '@/payload-types'

type Item = NonNullable<Release['items']>[number]
type GlobalItem = NonNullable<Release['globals']>[number]
type Captured = Pick<Item, 'version' | 'addedAt' | 'previousVersion'>

const refOf = (item: Pick<Item, 'doc'>) => ({
  collection: item.doc.relationTo,
  id: Number(relationId(item.doc.value)),
})

const captured = (latest: VersionStamp): Captured => ({
  version: latest.id,
  addedAt: new Date().toISOString(),
  previousVersion: null,
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
  return { ...item, ...captured(latest) }
}

// Globals have no autosave (globals/Frame.ts): a version, once saved, never changes.
async function captureGlobal(
  req: PayloadRequest,
  item: GlobalItem,
  index: number,
): Promise<GlobalItem> {
  const latest = await latestGlobalVersion(req, item.global)
  if (!latest) {
    throw new FieldsInvalid('releases', [
      { path: `globals.${index}.global`, message: `the ${item.global} was never saved.` },
    ])
  }
  return { ...item, ...captured(latest) }
}

/**
 * Each row keeps what it captured while it names the same document; a new or changed row (or
 * every row, for "Take newer drafts") captures the newest version now.
 */
async function captureRows<Row extends Captured & { id?: string | null }>(
  rows: Row[],
  before: Row[] | null | undefined,
  same: (a: Row, b: Row) => boolean,
  take: (row: Row, index: number) => Promise<Row>,
  takeNewer: boolean,
): Promise<Row[]> {
  const kept = new Map((before ?? []).map((row) => [row.id, row]))
  const result: Row[] = []
  for (const [index, row] of rows.entries()) {
    const old = row.id ? kept.get(row.id) : undefined
    result.push(
      old && same(old, row) && !takeNewer ? { ...row, ...pick(old) } : await take(row, index),
    )
  }
  return result
}

const sameDoc = (a: Item, b: Item) => JSON.stringify(refOf(a)) === JSON.stringify(refOf(b))
const sameGlobal = (a: GlobalItem, b: GlobalItem) => a.global === b.global

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
  if (status === 'published' || status === 'reverted') {
    const refs = (items: Item[] | null | undefined) => JSON.stringify((items ?? []).map(refOf))
    const globals = (items: GlobalItem[] | null | undefined) =>
      JSON.stringify((items ?? []).map((item) => item.global))
    const itemsChanged = data.items !== undefined && refs(data.items) !== refs(originalDoc?.items)
    const globalsChanged =
      data.globals !== undefined && globals(data.globals) !== globals(originalDoc?.globals)
    if (itemsChanged || globalsChanged) {
      throw new FieldsInvalid('releases', [
        {
          path: itemsChanged ? 'items' : 'globals',
          message: `cannot change once the release is ${status}: make a new release.`,
        },
      ])
    }
    data.items = originalDoc?.items
    data.globals = originalDoc?.globals
  } else {
    const takeNewer = Boolean(context.takeNewer)
    if (data.items) {
      const take = (item: Item, index: number) => capture(req, item, index)
      data.items = await captureRows(data.items, originalDoc?.items, sameDoc, take, takeNewer)
    }
    if (data.globals) {
      refuseTwice(data.globals)
      const take = (item: GlobalItem, index: number) => captureGlobal(req, item, index)
      data.globals = await captureRows(
        data.globals,
        originalDoc?.globals,
        sameGlobal,
        take,
        takeNewer,
      )
    }
  }
  if (status === 'open' || status === 'scheduled') {
    const publishAt = data.publishAt === undefined ? originalDoc?.publishAt : data.publishAt
    data.status = publishAt ? 'scheduled' : 'open'
  } else {
    data.status = status
  }
  return data
}

const pick = ({ version, addedAt, previousVersion }: Captured): Captured => ({
  version,
  addedAt,
  previousVersion,
})

/** A release holds each global once: two versions of the header cannot both be published. */
function refuseTwice(globals: GlobalItem[]) {
  const index = globals.findIndex(
    (item, i) => globals.findIndex((g) => g.global === item.global) !== i,
  )
  if (index === -1) return
  throw new FieldsInvalid('releases', [
    {
      path: `globals.${index}.global`,
      message: `the ${globals[index]!.global} is already in this release.`,
    },
  ])
}

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
  return stateOf(siblingData.version, latest)
}

function stateOf(version: number, latest: VersionStamp | undefined): string {
  if (!latest || latest.id === version) return 'Up to date.'
  return `Out of date: a newer version was saved ${latest.updatedAt.slice(0, 16).replace('T', ' ')} UTC. “Take newer drafts” includes it.`
}

/** Whether the global has a newer version than the one the release holds. */
export const globalState: FieldHook<Release, string | undefined, GlobalItem> = async ({
  siblingData,
  originalDoc,
  req,
}) => {
  if (!siblingData?.global || !siblingData.version) return undefined
  if (originalDoc?.status === 'published') return 'Published with this release.'
  if (originalDoc?.status === 'reverted') return 'Reverted.'
  const latest = await latestGlobalVersion(req, siblingData.global)
  return stateOf(siblingData.version, latest)
}

async function compareUrl(req: PayloadRequest, item: Item, open: boolean) {
  if (!item.doc || !item.version) return undefined
  const { collection, id } = refOf(item)
  const live = open ? await publishedVersion(req, collection, id) : item.previousVersion
  const from = live ? `?versionFrom=${live}` : ''
  return `/admin/collections/${collection}/${id}/versions/${item.version}${from}`
}

async function globalCompareUrl(req: PayloadRequest, item: GlobalItem, open: boolean) {
  if (!item.global || !item.version) return undefined
  const live = open ? await publishedGlobalVersion(req, item.global) : item.previousVersion
  const from = live ? `?versionFrom=${live}` : ''
  return `/admin/globals/${item.global}/versions/${item.version}${from}`
}

/**
 * Each item's link to Payload's own comparison of the captured version with the live one (with
 * what was live before, once the release is published or reverted), what changed only; nothing
 * live, with the version before it. Set here, after the field hooks, not in a second async field
 * hook: two would set their keys in whichever order they finish, and a read would differ from the
 * next.
 */
export const compareUrls: CollectionAfterReadHook<Release> = async ({ doc, req }) => {
  const open = doc.status !== 'published' && doc.status !== 'reverted'
  if (doc.items) {
    doc.items = await Promise.all(
      doc.items.map(async ({ compare: _, ...item }) => ({
        ...item,
        compare: await compareUrl(req, item, open),
      })),
    )
  }
  if (doc.globals) {
    doc.globals = await Promise.all(
      doc.globals.map(async ({ compare: _, ...item }) => ({
        ...item,
        compare: await globalCompareUrl(req, item, open),
      })),
    )
  }
  return doc
}
