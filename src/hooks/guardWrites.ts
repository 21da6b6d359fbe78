import { sql } from '@payloadcms/db-postgres'
import {
  NotFound,
  type CollectionAfterChangeHook,
  type CollectionBeforeOperationHook,
  type CollectionConfig,
  type PayloadRequest,
  type SanitizedCollectionConfig,
} from 'payload'

import { Conflict, FieldsInvalid } from '@/lib/api/errors'

import { refuseDeletingShownDocuments } from './guardDeletes'
import {
  checkInputShape,
  documentId,
  type FieldProblem,
  type Reference,
} from '@/lib/api/inputShape'

type DrizzleLike = { execute: (query: unknown) => Promise<unknown> }

/** The database connection of the request's transaction, if it has one. */
async function transactionOf(req: PayloadRequest): Promise<DrizzleLike | undefined> {
  if (!req.transactionID) return undefined
  const id = await req.transactionID
  const sessions = (req.payload.db as unknown as { sessions?: Record<string, { db: DrizzleLike }> })
    .sessions
  return id === undefined ? undefined : sessions?.[id]?.db
}

/**
 * Writes to one document take turns: a lock held until the request's transaction ends, taken
 * before Payload reads the document it will merge the changes into. Single-document writes share
 * the collection's lock; a bulk write (no id) takes it alone, so it waits for them and they for it.
 */
async function lockForWrite(req: PayloadRequest, collection: string, id: number | undefined) {
  const db = await transactionOf(req)
  if (!db) return
  if (id === undefined) {
    await db.execute(sql`select pg_advisory_xact_lock(hashtext(${collection})::bigint)`)
    return
  }
  await db.execute(sql`select pg_advisory_xact_lock_shared(hashtext(${collection})::bigint)`)
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${collection}), ${id}::int)`)
}

/** The timestamp an `If-Match` header names: `"2026-…Z"`, `W/"…"` or bare; `*` matches anything. */
function ifMatch(req: PayloadRequest): number | '*' | undefined {
  const header = req.headers?.get('if-match')?.trim()
  if (!header) return undefined
  if (header === '*') return '*'
  const value = header.replace(/^W\//, '').replace(/^"(.*)"$/, '$1')
  const time = Date.parse(value)
  if (Number.isNaN(time)) {
    throw new FieldsInvalid('', [
      {
        path: 'If-Match',
        message: `must be the document's updatedAt as you last read it (an ISO date), not "${value.slice(0, 40)}".`,
      },
    ])
  }
  return time
}

type Versions = { published?: string | null; latest?: string | null; pendingDraft: boolean }

/** The document's published state and its newest version, read inside the write's transaction. */
async function currentState(
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  id: number,
): Promise<Versions | undefined> {
  const read = (draft: boolean) =>
    req.payload
      .findByID({
        collection: collection.slug as 'frameworks',
        id,
        draft,
        depth: 0,
        req,
        overrideAccess: true,
        disableErrors: true,
        select: { updatedAt: true, _status: true } as never,
      })
      .catch(() => null) as Promise<{ updatedAt?: string; _status?: string | null } | null>
  const main = await read(false)
  if (!main) return undefined
  if (!collection.versions?.drafts)
    return { published: main.updatedAt, latest: main.updatedAt, pendingDraft: false }
  const latest = (await read(true)) ?? main
  return {
    published: main.updatedAt,
    latest: latest.updatedAt,
    pendingDraft: main._status === 'published' && latest._status === 'draft',
  }
}

/** 400 naming each relation that points at a document that does not exist. */
async function checkReferences(req: PayloadRequest, collection: string, references: Reference[]) {
  const byCollection = new Map<string, Reference[]>()
  for (const ref of references) {
    byCollection.set(ref.collection, [...(byCollection.get(ref.collection) ?? []), ref])
  }
  const problems: FieldProblem[] = []
  for (const [target, refs] of byCollection) {
    const { docs } = await req.payload.find({
      collection: target as 'frameworks',
      where: { id: { in: [...new Set(refs.map((r) => r.id))] } },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
      select: { updatedAt: true } as never,
    })
    const found = new Set((docs as { id: number }[]).map((doc) => doc.id))
    for (const ref of refs) {
      if (!found.has(ref.id)) {
        problems.push({
          path: ref.path,
          message: `points at ${target} ${ref.id}, which does not exist.`,
        })
      }
    }
  }
  if (problems.length > 0) throw new FieldsInvalid(collection, problems)
}

/**
 * Every create and update, through REST, GraphQL, the Local API or the admin:
 * - an id that cannot be a document is 404, before it reaches the database;
 * - the data has its fields' types and sizes, drafts included (400 naming field and reason);
 * - writes to one document are serialized, so concurrent edits of different fields both survive;
 * - `If-Match: <updatedAt>` that is no longer current is 409: someone saved in between;
 * - a save that does not say `_status` never changes what is published: with unpublished draft
 *   changes pending, it is refused and asked to choose (`_status: "published"` or `?draft=true`);
 * - relations point at documents that exist (400 naming the field).
 */
export const guardWrites: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  const rawId = (args as { id?: unknown }).id
  if (rawId !== undefined && rawId !== null && documentId(rawId) === undefined) {
    throw new NotFound(req.t)
  }
  if (operation !== 'create' && operation !== 'update') return args

  const { data, draft } = args as { data?: unknown; draft?: boolean }
  const { problems, references } = checkInputShape(collection.flattenedFields, data)
  if (problems.length > 0) throw new FieldsInvalid(collection.slug, problems)

  const id = rawId === undefined || rawId === null ? undefined : documentId(rawId)
  if (operation === 'update') {
    await lockForWrite(req, collection.slug, id)
    if (id !== undefined) {
      const state = await currentState(req, collection, id)
      const expected = ifMatch(req)
      if (state && typeof expected === 'number') {
        const current = [state.latest, ...(state.pendingDraft ? [] : [state.published])]
        if (!current.some((stamp) => stamp && Date.parse(stamp) === expected)) {
          throw new Conflict(
            `${collection.slug} ${id} changed since you read it (now updatedAt ${state.latest}). Read it again, reapply your change, and send the new updatedAt in If-Match.`,
            { updatedAt: state.latest },
          )
        }
      }
      const status = (data as { _status?: unknown })._status
      if (state?.pendingDraft && !draft && status === undefined) {
        throw new FieldsInvalid(collection.slug, [
          {
            path: '_status',
            message:
              'is required here: this document has unpublished draft changes, and a save without `_status` would take the published version offline. Send `_status: "published"` to publish the draft with your change, or save it into the draft with `?draft=true` (GraphQL: `draft: true`).',
          },
        ])
      }
    }
  }
  if (references.length > 0) await checkReferences(req, collection.slug, references)
  return args
}

/**
 * Payload's admin locks a document while someone edits it, but every save deletes the lock,
 * autosaves included: with autosave on (every 0.8 s) a second editor almost never saw who holds
 * the document. An autosave keeps its author's lock instead.
 */
export const keepEditLockOnAutosave: CollectionAfterChangeHook<{ id: number }> = async ({
  collection,
  doc,
  req,
}) => {
  const autosave = String(req.query?.autosave) === 'true'
  if (!autosave || !req.user || !req.payload.collections['payload-locked-documents']) return doc
  await req.payload.db.create({
    collection: 'payload-locked-documents',
    data: {
      document: { relationTo: collection.slug, value: doc.id },
      user: { relationTo: req.user.collection, value: req.user.id },
    },
    req,
  })
  return doc
}

/**
 * Adds the write guard and the delete guard (src/hooks/guardDeletes.ts) to a collection, ahead of
 * the hooks it has.
 */
export const withGuards = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    beforeOperation: [guardWrites, ...(collection.hooks?.beforeOperation ?? [])],
    beforeDelete: [refuseDeletingShownDocuments, ...(collection.hooks?.beforeDelete ?? [])],
    afterChange: [
      ...(collection.versions ? [keepEditLockOnAutosave] : []),
      ...(collection.hooks?.afterChange ?? []),
    ],
  },
})
