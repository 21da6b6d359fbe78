import type { Payload } from 'payload'

import { checkArchive } from './check'
import { COLLECTIONS, FORMAT, FORMAT_VERSION, isVersioned, type ContentArchive } from './schema'

type Doc = Record<string, unknown> & { id: number; createdAt: string; _status?: string | null }

/** What Payload computes on read (a join, virtual and file URLs), and the link to users. */
const notExported = {
  guides: { previewLinks: false },
  'preview-links': { url: false, createdBy: false },
  media: {
    url: false,
    thumbnailURL: false,
    sizes: { thumbnail: { url: false }, card: { url: false }, wide: { url: false } },
  },
} as const

const omit = (doc: Record<string, unknown>, keys: string[]) =>
  Object.fromEntries(Object.entries(doc).filter(([key]) => !keys.includes(key)))

/**
 * All guide content, drafts included, never users. Throws an ArchiveError when the database holds
 * something the file format can't carry (a field added to a collection but not to ./schema.ts).
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
        select: notExported[collection as keyof typeof notExported],
      }) as Promise<{ docs: Doc[] }>
    if (!isVersioned(collection)) {
      data[collection] = (await read(false)).docs
      continue
    }
    // The plain read gives each document's row, which holds its published content once there is
    // any; the draft read gives its latest version, a draft if one was saved after publishing.
    const [rows, versions] = await Promise.all([read(false), read(true)])
    const latestById = new Map(versions.docs.map((doc) => [doc.id, doc]))
    const snapshot = (version: Doc) => omit(version, ['id', 'createdAt', '_status'])
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
  const site = (await payload.findGlobal({ slug: 'site', depth: 0 })) as unknown as Partial<Doc>
  data.site = site.createdAt ? omit(site, ['id', 'globalType']) : null

  return checkArchive(data, 'This database holds content the export format does not cover')
}

/** The file's text: keys in schema order, two-space indent, a final newline. */
export const serializeArchive = (archive: ContentArchive): string =>
  `${JSON.stringify(archive, null, 2)}\n`
