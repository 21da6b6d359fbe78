import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

import { FieldsInvalid } from '@/lib/api/errors'
import { documentId, type FieldProblem } from '@/lib/api/inputShape'
import { relationId } from '@/lib/content/relationId'
import { lockForWrite } from '@/lib/database/documentLocks'
import type { Release } from '@/payload-types'

import { ReleaseRefused } from './transaction'
import { latestVersion, RELEASABLE, type Releasable } from './versions'

type Ref = { collection: Releasable; id: number }

const isReleasable = (value: unknown): value is Releasable =>
  RELEASABLE.includes(value as Releasable)

/** The document a body `{ collection, id }` names, or 400 naming each field it gets wrong. */
export function documentRef(body: unknown): Ref {
  const { collection, id } = (typeof body === 'object' && body !== null ? body : {}) as Record<
    string,
    unknown
  >
  const docId = documentId(id)
  const problems: FieldProblem[] = []
  if (!isReleasable(collection)) {
    const given = typeof collection === 'string' ? `, not "${collection.slice(0, 40)}"` : ''
    problems.push({
      path: 'collection',
      message: `must be one of: ${RELEASABLE.join(', ')}${given}.`,
    })
  }
  if (docId === undefined) {
    problems.push({
      path: 'id',
      message: 'must be the id of a document (a positive whole number).',
    })
  }
  if (problems.length > 0 || !isReleasable(collection) || docId === undefined) {
    throw new FieldsInvalid('releases', problems)
  }
  return { collection, id: docId }
}

/**
 * Adds a document's newest version to an open release, with the user's access. Already there, the
 * item takes the newest version, as "Take newer drafts" would. In its own transaction, under the
 * release's write lock: two adds at once both land, neither overwrites the other's items.
 */
export async function addToRelease(
  req: PayloadRequest,
  releaseId: number,
  ref: Ref,
): Promise<{ release: Release; message: string }> {
  if (req.transactionID) throw new Error('addToRelease: the request is already in a transaction')
  await initTransaction(req)
  try {
    await lockForWrite(req, 'releases', releaseId)
    const access = { req, overrideAccess: false, user: req.user } as const
    const release = await req.payload.findByID({
      collection: 'releases',
      id: releaseId,
      depth: 0,
      ...access,
    })
    if (release.status === 'published' || release.status === 'reverted') {
      throw new ReleaseRefused(
        `status: the release is ${release.status} and takes no more documents: make a new release.`,
        409,
      )
    }
    const { totalDocs } = await req.payload.count({
      collection: ref.collection,
      where: { id: { equals: ref.id } },
      ...access,
    })
    if (totalDocs === 0) {
      throw new ReleaseRefused(`id: ${ref.collection} ${ref.id} does not exist.`, 400)
    }
    const items = release.items ?? []
    const index = items.findIndex(
      ({ doc }) => doc.relationTo === ref.collection && Number(relationId(doc.value)) === ref.id,
    )
    const held = items[index]
    const name = `“${release.name}”`
    if (held && (await latestVersion(req, ref.collection, ref.id))?.id === held.version) {
      await commitTransaction(req)
      return { release, message: `Already in ${name}, with its newest draft.` }
    }
    // A row without its id is captured afresh by the release's hook (collections/Releases/hooks.ts).
    const doc = { relationTo: ref.collection, value: ref.id }
    const next = held ? items.map((item, i) => (i === index ? { doc } : item)) : [...items, { doc }]
    const saved = await req.payload.update({
      collection: 'releases',
      id: releaseId,
      data: { items: next },
      depth: 0,
      ...access,
    })
    await commitTransaction(req)
    const message = held
      ? `Already in ${name}: it now holds the newest draft.`
      : `Added to ${name}.`
    return { release: saved, message }
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}
