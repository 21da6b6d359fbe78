import {
  type CollectionBeforeDeleteHook,
  type FlattenedField,
  type PayloadRequest,
  type RelationshipField,
  type SanitizedConfig,
  type UploadField,
} from 'payload'

import { Conflict } from '@/lib/api/errors'
import { relationId } from '@/lib/content/relationId'
import { lockDocument } from '@/lib/database/documentLocks'
import { fieldsIn, walkFields } from '@/lib/fields/walk'
import { pendingReleasesHolding } from '@/lib/releases/holding'

type Holder = {
  kind: 'collection' | 'global'
  slug: string
  /** The field's `fieldPath` (`ranking.framework`): a `where` key, and named to editors. */
  path: string
  /** The field can point at several collections: its values are `{ relationTo, value }`. */
  polymorphic: boolean
  title?: string
  /** The fields of the collection or global, to read a global's values by. */
  fields: FlattenedField[]
}

type RelationField = RelationshipField | UploadField

const canPointAt = (field: FlattenedField, target: string): field is RelationField =>
  (field.type === 'relationship' || field.type === 'upload') &&
  ([field.relationTo].flat() as string[]).includes(target)

/** Every relationship path in `fields` that can point at `target` (`ranking.framework`, …). */
const pathsTo = (fields: FlattenedField[], target: string) =>
  fieldsIn(fields).flatMap(({ field, fieldPath }) =>
    canPointAt(field, target)
      ? [{ path: fieldPath, polymorphic: Array.isArray(field.relationTo), fields }]
      : [],
  )

/**
 * Where published content can show a document of `target`: relationship paths in collections with
 * drafts (what readers see) and in globals (site settings). Share links and users are not content.
 */
function holdersOf(config: SanitizedConfig, target: string): Holder[] {
  return [
    ...config.collections
      .filter((collection) => collection.versions?.drafts)
      .flatMap((collection) =>
        pathsTo(collection.flattenedFields, target).map((place) => ({
          kind: 'collection' as const,
          slug: collection.slug,
          ...place,
          title: collection.admin?.useAsTitle,
        })),
      ),
    ...config.globals.flatMap((global) =>
      pathsTo(global.flattenedFields, target).map((place) => ({
        kind: 'global' as const,
        slug: global.slug,
        ...place,
      })),
    ),
  ]
}

/** The `fieldPath`s where `doc` holds a value that `pointsHere` (a hasMany's items each). */
function pathsShowing(
  fields: FlattenedField[],
  doc: unknown,
  target: string,
  pointsHere: (value: unknown) => boolean,
) {
  const found = new Set<string>()
  walkFields(fields, doc, {
    field: ({ field, fieldPath, value }) => {
      if (!canPointAt(field, target)) return
      if ((Array.isArray(value) ? value : [value]).some(pointsHere)) found.add(fieldPath)
    },
  })
  return found
}

/** The places that show document `id` of `target`, in published versions or in pending drafts. */
export async function whatShows(
  req: PayloadRequest,
  target: string,
  id: number | string,
): Promise<string[]> {
  const found: string[] = []
  // A polymorphic value names its collection too: `{ relationTo, value }`.
  const pointsHere = (value: unknown) =>
    value !== null && typeof value === 'object' && 'relationTo' in value && 'value' in value
      ? value.relationTo === target && relationId(value.value as number) === id
      : relationId(value) === id
  for (const holder of holdersOf(req.payload.config, target)) {
    if (holder.kind === 'global') {
      const doc = await req.payload.findGlobal({ slug: holder.slug as 'site', depth: 0, req })
      if (pathsShowing(holder.fields, doc, target, pointsHere).has(holder.path)) {
        found.push(`the ${holder.slug} settings (${holder.path})`)
      }
      continue
    }
    const seen = new Set<string>()
    for (const draft of [false, true]) {
      const { docs } = await req.payload.find({
        collection: holder.slug as 'guides',
        where: {
          [holder.path]: { equals: holder.polymorphic ? { relationTo: target, value: id } : id },
        },
        draft,
        depth: 0,
        pagination: false,
        overrideAccess: true,
        req,
      })
      for (const doc of docs as unknown as Record<string, unknown>[]) {
        const title = holder.title ? doc[holder.title] : undefined
        const name = `${holder.slug} "${typeof title === 'string' ? title : String(doc.id)}" (${holder.path}, ${draft ? 'its draft' : doc._status === 'published' ? 'published' : 'draft'})`
        if (!seen.has(String(doc.id))) found.push(name)
        seen.add(String(doc.id))
      }
    }
  }
  return found
}

/**
 * Refuses to delete a document that content still shows, naming every place, instead of leaving
 * an empty ranking row that makes the next publish fail. Remove it there first, then delete it.
 * Listed first in every collection's beforeDelete hooks.
 */
export const refuseDeletingShownDocuments: CollectionBeforeDeleteHook = async ({
  collection,
  id,
  req,
}) => {
  // As a save of it would: a save that is adding a reference to it finishes first (its shared
  // lock, src/hooks/guardWrites.ts), and then shows up below.
  if (typeof id === 'number') await lockDocument(req, collection.slug, id)
  const shownBy = [
    ...(await whatShows(req, collection.slug, id)),
    ...(await pendingReleasesHolding(req, collection.slug, id)),
  ]
  if (shownBy.length === 0) return
  const singular = collection.labels?.singular
  const name = typeof singular === 'string' ? singular.toLowerCase() : collection.slug
  throw new Conflict(
    `This ${name} cannot be deleted while content shows it: ${shownBy.join('; ')}. Remove it there (and publish, or take it out of the release), then delete it.`,
    { shownBy },
  )
}
