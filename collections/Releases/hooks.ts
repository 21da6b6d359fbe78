import type {
  CollectionAfterChangeHook,
  CollectionAfterReadHook,
  CollectionBeforeChangeHook,
  FieldHook,
  PayloadRequest,
} from 'payload'

import { FieldsInvalid } from '@/lib/api/errors'
import type { FieldProblem } from '@/lib/api/inputShape'
import {
  docVersion,
  globalVersion,
  movedOnSinceCapture,
  newestDocVersion,
  newestGlobalVersion,
} from '@/lib/releases/history'
import { describeHeld, heldBy, wasText } from '@/lib/releases/items'
import {
  freezeVersion,
  latestGlobalVersion,
  latestVersion,
  publishedGlobalVersion,
  publishedVersion,
  RELEASABLE_GLOBALS,
  type Releasable,
  type VersionStamp,
} from '@/lib/releases/versions'
import type { Release } from '@/payload-types'

type Item = NonNullable<Release['items']>[number]
type GlobalItem = NonNullable<Release['globals']>[number]
type Captured = Pick<Item, 'version' | 'addedAt' | 'previousVersion' | 'publishedVersion'>

/** The row's document; only rows checked by `checkRows` (or read back) reach here. */
const refOf = (item: Pick<Item, 'doc' | 'was'>) => {
  const held = heldBy(item)
  if (!held) throw new Error('release row without a document')
  return held
}

/**
 * Rows a client sends: each names one document that is not already in the release, and each
 * global appears once. Checked before anything is read, so a malformed row is a 400 naming it.
 */
function checkRows(items: unknown, globals: unknown) {
  const problems: FieldProblem[] = []
  const seen = new Map<string, number>()
  const rows = (value: unknown, path: string) => {
    if (value === undefined || value === 0) return []
    if (!Array.isArray(value)) {
      problems.push({ path, message: 'must be a list of rows.' })
      return []
    }
    return value as unknown[]
  }
  for (const [index, row] of rows(items, 'items').entries()) {
    const doc = (row as { doc?: unknown } | null)?.doc
    const held = doc && typeof doc === 'object' ? heldBy({ doc: doc as Item['doc'] }) : undefined
    if (!held || held.deleted) {
      problems.push({ path: `items.${index}.doc`, message: 'is required: choose a document.' })
      continue
    }
    const key = `${held.collection}/${held.id}`
    const first = seen.get(key)
    if (first !== undefined) {
      problems.push({
        path: `items.${index}.doc`,
        message: `${key} is already in this release (row ${first + 1}): remove one of them.`,
      })
    }
    seen.set(key, index)
  }
  for (const [index, row] of rows(globals, 'globals').entries()) {
    const global = (row as { global?: unknown } | null)?.global
    if (typeof global !== 'string' || !RELEASABLE_GLOBALS.includes(global as never)) {
      problems.push({
        path: `globals.${index}.global`,
        message: `must be one of: ${RELEASABLE_GLOBALS.join(', ')}.`,
      })
    }
  }
  if (problems.length > 0) throw new FieldsInvalid('releases', problems)
}

/** The document's title as editors see it, kept in the row in case the document is deleted. */
async function titleOf(req: PayloadRequest, collection: Releasable, id: number) {
  const field = req.payload.collections[collection].config.admin?.useAsTitle ?? 'id'
  const doc = (await req.payload
    .findByID({ collection, id, depth: 0, draft: true, req, overrideAccess: true })
    .catch(() => null)) as Record<string, unknown> | null
  const title = doc?.[field]
  return typeof title === 'string' ? title : undefined
}

const captured = (latest: VersionStamp): Captured => ({
  version: latest.id,
  addedAt: new Date().toISOString(),
  previousVersion: null,
  publishedVersion: null,
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
  return {
    ...item,
    was: wasText(collection, id, await titleOf(req, collection, id)),
    ...captured(latest),
  }
}

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
  await freezeVersion(req, item.global, latest.id)
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
      old && same(old, row) && !takeNewer
        ? { ...row, ...pick(old), ...('was' in old ? { was: old.was } : {}) }
        : await take(row, index),
    )
  }
  return result
}

const keyOf = (item: Pick<Item, 'doc' | 'was'>) => {
  const held = heldBy(item)
  return held ? `${held.collection}/${held.id}` : '?'
}
const sameDoc = (a: Item, b: Item) => keyOf(a) === keyOf(b)
const sameGlobal = (a: GlobalItem, b: GlobalItem) => a.global === b.global

const sameTime = (a: string | null | undefined, b: string | null | undefined) =>
  (a ? Date.parse(a) : null) === (b ? Date.parse(b) : null)

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
  data.failure = originalDoc?.failure ?? null
  const status = originalDoc?.status ?? 'open'
  if (status === 'published' || status === 'reverted') {
    const refs = (items: unknown) =>
      JSON.stringify(Array.isArray(items) ? (items as Item[]).map(keyOf) : [])
    const globals = (items: unknown) =>
      JSON.stringify(
        Array.isArray(items) ? (items as GlobalItem[]).map((item) => item?.global) : [],
      )
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
    checkRows(data.items, data.globals)
    const takeNewer = Boolean(context.takeNewer)
    // The admin's autosave sends an emptied array as the number 0.
    if ((data.items as unknown) === 0) data.items = []
    if ((data.globals as unknown) === 0) data.globals = []
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
    const publishAt = data.publishAt === undefined ? originalDoc?.publishAt : data.publishAt
    // A failed schedule stays failed, its reason shown, until it is scheduled again or cleared.
    if (status === 'failed' && sameTime(publishAt, originalDoc?.publishAt)) {
      data.status = 'failed'
    } else {
      data.status = publishAt ? 'scheduled' : 'open'
      data.failure = null
    }
    const held = (data.items ?? originalDoc?.items ?? []).length
    const settings = (data.globals ?? originalDoc?.globals ?? []).length
    if (data.status === 'scheduled' && held + settings === 0) {
      throw new FieldsInvalid('releases', [
        {
          path: 'publishAt',
          message: 'cannot be set on a release that holds no documents: add them first.',
        },
      ])
    }
    return data
  }
  data.status = status
  return data
}

const pick = ({ version, addedAt, previousVersion, publishedVersion }: Captured): Captured => ({
  version,
  addedAt,
  previousVersion,
  publishedVersion,
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

const outOfDate = (reason: string | undefined) =>
  reason ? `Out of date: ${reason}. “Take newer drafts” includes it.` : 'Up to date.'

/** Whether the document has moved on from the version the release holds, or is gone. */
export const itemState: FieldHook<Release, string | undefined, Item> = async ({
  siblingData,
  originalDoc,
  req,
}) => {
  const held = siblingData ? heldBy(siblingData as Item) : undefined
  if (!held || !siblingData?.version) return undefined
  if (held.deleted) return `Deleted: ${describeHeld(held)} no longer exists.`
  if (originalDoc?.status === 'published') return 'Published with this release.'
  if (originalDoc?.status === 'reverted') return 'Reverted.'
  const { collection, id } = held
  const captured = await docVersion(req, collection, id, siblingData.version)
  return outOfDate(movedOnSinceCapture(captured, await newestDocVersion(req, collection, id)))
}

/** Whether the global has moved on from the version the release holds. */
export const globalState: FieldHook<Release, string | undefined, GlobalItem> = async ({
  siblingData,
  originalDoc,
  req,
}) => {
  if (!siblingData?.global || !siblingData.version) return undefined
  if (originalDoc?.status === 'published') return 'Published with this release.'
  if (originalDoc?.status === 'reverted') return 'Reverted.'
  const captured = await globalVersion(req, siblingData.global, siblingData.version)
  return outOfDate(
    movedOnSinceCapture(captured, await newestGlobalVersion(req, siblingData.global)),
  )
}

async function compareUrl(req: PayloadRequest, item: Item, open: boolean) {
  const held = heldBy(item)
  if (!held || held.deleted || !item.version) return undefined
  const { collection, id } = held
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
