import {
  NotFound,
  type CollectionBeforeOperationHook,
  type CollectionSlug,
  type PayloadRequest,
  type SanitizedCollectionConfig,
} from 'payload'

import { Conflict, FieldsInvalid } from '@/lib/api/errors'
import { holdReferenced, lockForWrite } from '@/lib/database/documentLocks'
import {
  checkInputShape,
  documentId,
  type FieldProblem,
  type Reference,
} from '@/lib/api/inputShape'

import { noteEditLock } from './keepEditLockOnAutosave'

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
  // The stored rows themselves (Payload's adapter: no hooks, no version merging).
  type Row = { updatedAt?: string; _status?: string | null }
  const main = (await req.payload.db.findOne({
    collection: collection.slug,
    where: { id: { equals: id } },
    req,
  })) as Row | null
  if (!main) return undefined
  if (!collection.versions?.drafts)
    return { published: main.updatedAt, latest: main.updatedAt, pendingDraft: false }
  const { docs } = await req.payload.db.findVersions({
    collection: collection.slug,
    where: { parent: { equals: id } },
    sort: '-updatedAt',
    limit: 1,
    pagination: false,
    req,
  })
  const newest = docs[0] as { updatedAt?: string; version?: Row } | undefined
  const latest: Row = newest
    ? { updatedAt: newest.updatedAt, _status: newest.version?._status }
    : main
  return {
    // A draft save leaves the main row as it was: its updatedAt counts only while it is published.
    published: main._status === 'published' ? main.updatedAt : undefined,
    latest: latest.updatedAt,
    pendingDraft: main._status === 'published' && latest._status === 'draft',
  }
}

/** 400 naming each relation that points at a document that does not exist. */
async function checkReferences(req: PayloadRequest, collection: string, references: Reference[]) {
  const byCollection = new Map<string, Reference[]>()
  for (const ref of references) {
    const refs = byCollection.get(ref.collection) ?? []
    byCollection.set(ref.collection, refs)
    refs.push(ref)
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
 * Listed first in every collection's beforeOperation hooks, the redirects plugin's too. It
 * returns nothing: Payload then keeps the operation's arguments as they were.
 */
export const guardWrites = async <S extends CollectionSlug>({
  args,
  collection,
  operation,
  req,
}: Parameters<CollectionBeforeOperationHook<S>>[0]): Promise<void> => {
  const rawId = (args as { id?: unknown }).id
  if (rawId !== undefined && rawId !== null && documentId(rawId) === undefined) {
    throw new NotFound(req.t)
  }
  if (operation !== 'create' && operation !== 'update') return

  const { data, draft } = args as { data?: unknown; draft?: boolean }
  const { problems, references } = checkInputShape(collection.flattenedFields, data)
  if (problems.length > 0) throw new FieldsInvalid(collection.slug, problems)

  const id = rawId === undefined || rawId === null ? undefined : documentId(rawId)
  const { overrideAccess, autosave } = args as { overrideAccess?: boolean; autosave?: boolean }
  // Nobody signed in may update anything here: leave the refusal to Payload's access control,
  // before any lock is taken or any state is told.
  const mayWrite = overrideAccess === true || Boolean(req.user)
  if (operation === 'update' && mayWrite) {
    const status = (data as { _status?: unknown })._status
    if (id === undefined && collection.versions?.drafts && !draft && status === undefined) {
      throw new FieldsInvalid(collection.slug, [
        {
          path: '_status',
          message:
            'is required for a bulk update: say `_status: "published"` or save drafts with `?draft=true`, so no document is taken offline or loses its pending draft by accident.',
        },
      ])
    }
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
      if (state?.pendingDraft && !draft && status === undefined) {
        throw new FieldsInvalid(collection.slug, [
          {
            path: '_status',
            message:
              'is required here: this document has unpublished draft changes, and a save without `_status` would take the published version offline. Send `_status: "published"` to publish the draft with your change, or save it into the draft with `?draft=true` (GraphQL: `draft: true`).',
          },
        ])
      }
      if (autosave && req.user) await noteEditLock(req, collection.slug, id)
    }
  }
  if (references.length > 0) {
    await holdReferenced(req, references)
    await checkReferences(req, collection.slug, references)
  }
}
