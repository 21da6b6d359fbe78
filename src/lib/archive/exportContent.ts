import type { Payload } from 'payload'

import { checkArchive } from './check'
import { archivedComments } from './reviewComments'
import {
  COLLECTIONS,
  FORMAT,
  FORMAT_VERSION,
  GLOBALS,
  isVersioned,
  NOT_READ,
  type ArchivedCollection,
  type ContentArchive,
} from './schema'

type Doc = Record<string, unknown> & { id: number; createdAt: string; _status?: string | null }

/** Join fields (a guide's preview links, "linked from"): other documents' relationships, read back. */
const joinsOf = (payload: Payload, collection: ArchivedCollection) =>
  Object.fromEntries(
    payload.collections[collection].config.flattenedFields
      .filter((field) => field.type === 'join')
      .map((field) => [field.name, false]),
  )

/** The `select` that leaves those out; none at all when there are none (`{}` would read ids only). */
function unread(payload: Payload, collection: ArchivedCollection) {
  const select = {
    ...joinsOf(payload, collection),
    ...NOT_READ[collection as keyof typeof NOT_READ],
  }
  return Object.keys(select).length > 0 ? select : undefined
}

const omit = (doc: Record<string, unknown>, keys: string[]) =>
  Object.fromEntries(Object.entries(doc).filter(([key]) => !keys.includes(key)))

/**
 * All guide content, drafts included, never users. Throws an ArchiveError when the database holds
 * something the file format can't carry (a field of a kind ./fields.ts doesn't know).
 */
export async function exportContent(payload: Payload): Promise<ContentArchive> {
  const data: Record<string, unknown> = { format: FORMAT, version: FORMAT_VERSION }
  for (const collection of COLLECTIONS) {
    const read = (draft: boolean) =>
      payload.find({
        collection,
        draft,
        depth: 0,
        pagination: false,
        sort: 'id',
        select: unread(payload, collection),
      }) as Promise<{ docs: Doc[] }>
    if (!isVersioned(collection)) {
      const { docs } = await read(false)
      // Releases are not archived: nor are the share links that preview one, nor comments on one.
      if (collection === 'preview-links') {
        data[collection] = docs.filter((doc) => !doc.release).map((doc) => omit(doc, ['release']))
      } else if (collection === 'review-comments') {
        const links = new Set((data['preview-links'] as Doc[]).map((doc) => doc.id))
        data[collection] = await archivedComments(payload, docs, links)
      } else data[collection] = docs
      continue
    }
    // The plain read gives each document's row, which holds its published content once there is
    // any; the draft read gives its latest version, a draft if one was saved after publishing.
    const [rows, versions] = await Promise.all([read(false), read(true)])
    const latestById = new Map(versions.docs.map((doc) => [doc.id, doc]))
    // `linksTo` is derived: the import works it out from the content again. It is read and dropped
    // here, not left out by `select`: that also loses the links stored beside it, in blocks.
    // `updatedBy` names an account, and users are never exported.
    const snapshot = (version: Doc) =>
      omit(version, ['id', 'createdAt', '_status', 'linksTo', 'updatedBy'])
    data[collection] = rows.docs.map((row) => {
      const latest = latestById.get(row.id) ?? row
      return {
        id: row.id,
        createdAt: row.createdAt,
        published: row._status === 'published' ? snapshot(row) : null,
        draft: latest._status !== 'published' ? snapshot(latest) : null,
      }
    })
  }
  for (const slug of GLOBALS) {
    // No `draft`: the published settings. The header's and footer's drafts are not archived.
    const global = (await payload.findGlobal({ slug, depth: 0 })) as unknown as Partial<Doc>
    // A global never saved reads as its defaults, without timestamps: there is nothing to restore.
    // Neither is there for one never published (its main row is a draft's).
    const published = global._status === undefined || global._status === 'published'
    data[slug] =
      global.createdAt && published ? omit(global, ['id', 'globalType', '_status']) : null
  }

  return checkArchive(
    data,
    'This database holds content the export format does not cover',
    payload.config,
  )
}

/** The file's text: keys in schema order, two-space indent, a final newline. */
export const serializeArchive = (archive: ContentArchive): string =>
  `${JSON.stringify(archive, null, 2)}\n`
