import type { Field, JoinField, RelationshipField } from 'payload'

import { EDITORIAL_COLLECTIONS } from '@/lib/content/editorial'

import { LINKABLE } from './link'

/**
 * `linksTo`: every guide and page this document links to, kept by each save (src/hooks/recordLinks.ts).
 * It feeds each document's "Linked from" and the delete guard (src/hooks/guardDeletes.ts).
 */
export const linksToField: RelationshipField = {
  name: 'linksTo',
  type: 'relationship',
  relationTo: [...LINKABLE],
  hasMany: true,
  index: true,
  admin: { hidden: true },
}

const LINK_SOURCES = EDITORIAL_COLLECTIONS

/**
 * Published content that links to this document (by reference), one list per kind of document
 * (a join is read from one collection at a time).
 */
export const linkedFromFields = (): Field[] =>
  LINK_SOURCES.map((source): JoinField => ({
    name: `linkedFrom${source[0]!.toUpperCase()}${source.slice(1)}`,
    label: `Linked from ${source}`,
    type: 'join',
    collection: source,
    on: 'linksTo',
    where: { _status: { equals: 'published' } },
    admin: { allowCreate: false },
  }))

/** Shown above those lists: what unpublishing or deleting does to the links. */
export const LINKED_FROM_NOTE =
  'Published content that links here. While it does, this cannot be deleted, and unpublishing it is refused with their names first (it would turn those links into plain text).'
