import { APIError, type PayloadRequest } from 'payload'

import type { Releasable, ReleasableGlobal } from './versions'

/** A refusal that names the document and the field at fault; the endpoint answers it as 4xx. */
export class ReleaseRefused extends APIError {
  constructor(message: string, status: number, data: Record<string, unknown> = {}) {
    super(message, status, data, true)
    this.name = 'ReleaseRefused'
  }
}

type Data = Record<string, unknown>

// Stored with the version, never written back by a save.
const VERSION_ONLY = ['id', 'createdAt', 'updatedAt', '_status', 'linksTo', 'globalType'] as const

const gone = (what: string) =>
  new ReleaseRefused(
    `items: version ${what} no longer exists (versions beyond the last 100 are pruned). Take the newer draft, or remove the item.`,
    409,
  )

function stripped(version: unknown): Data {
  const data = { ...(version as Data) }
  for (const key of VERSION_ONLY) delete data[key]
  return data
}

/** `frameworks “Django”`: the collection and the document's title, as the admin shows them. */
export function describeDoc(req: PayloadRequest, collection: Releasable, data: Data) {
  const field = req.payload.collections[collection].config.admin?.useAsTitle ?? 'id'
  return `${collection} “${String(data[field] ?? data.id)}”`
}

/** `the header settings`, as a refusal to delete a linked page names it (src/hooks/guardDeletes.ts). */
export const describeGlobal = (global: ReleasableGlobal) => `the ${global} settings`

/** What version `id` of the document holds, ready to be saved as the document. */
export async function versionData(
  req: PayloadRequest,
  collection: Releasable,
  parent: number,
  id: number,
): Promise<Data> {
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
  if (!version || Number(version.parent) !== parent) throw gone(`${id} of ${collection} ${parent}`)
  return stripped(version.version)
}

/** What version `id` of the global holds, ready to be saved as the global. */
export async function globalVersionData(
  req: PayloadRequest,
  global: ReleasableGlobal,
  id: number,
): Promise<Data> {
  const version = await req.payload
    .findGlobalVersionByID({
      slug: global,
      id: String(id),
      depth: 0,
      req,
      overrideAccess: true,
      disableErrors: true,
    })
    .catch(() => null)
  if (!version) throw gone(`${id} of ${global}`)
  return stripped(version.version)
}

/** Runs a save, turning Payload's 4xx into a refusal that names the document. */
async function refusing(label: string, document: Data, save: () => Promise<unknown>) {
  try {
    await save()
  } catch (error) {
    const cause = error as { status?: number; message?: string; data?: { errors?: unknown[] } }
    const status = typeof cause.status === 'number' && cause.status < 500 ? cause.status : 500
    if (status === 500) throw error
    const errors = (cause.data?.errors ?? []) as { path?: string; message?: string }[]
    const fields = errors.map((e) => `${e.path}: ${e.message}`).join(' ')
    throw new ReleaseRefused(`${label} cannot be published: ${fields || cause.message}`, status, {
      document: { ...document, label },
      errors,
    })
  }
}

// No data: unpublish (the document or global was not published before the release).
const asPublished = (data: Data | undefined) =>
  (data ? { ...data, _status: 'published' } : { _status: 'draft' }) as never

/** Saves `data` as the published document, naming the document in any refusal. */
export const publishAs = (
  req: PayloadRequest,
  collection: Releasable,
  id: number,
  data: Data | undefined,
  label: string,
  overrideAccess: boolean,
) =>
  refusing(label, { collection, id }, () =>
    req.payload.update({
      collection,
      id,
      data: asPublished(data),
      depth: 0,
      req,
      overrideAccess,
      user: req.user,
    }),
  )

/** Saves `data` as the published global, naming it in any refusal. */
export const publishGlobalAs = (
  req: PayloadRequest,
  global: ReleasableGlobal,
  data: Data | undefined,
  overrideAccess: boolean,
) =>
  refusing(describeGlobal(global), { global }, () =>
    req.payload.updateGlobal({
      slug: global,
      data: asPublished(data),
      draft: false,
      depth: 0,
      req,
      overrideAccess,
      user: req.user,
    }),
  )
