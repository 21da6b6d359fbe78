import type { FlattenedField } from 'payload'

// The one traversal of a document alongside its fields (`flattenedFields`), so a group, a named
// tab, an array row and a block (its fields picked by `blockType`) are entered the same way by
// every check that reads data by its config: the input-shape check (src/lib/api/inputShape.ts),
// the delete guard (src/hooks/guardDeletes.ts) and the link collector
// (src/lib/content/linkTargets.ts).

/** One field of a document: where it sits, and what the document holds there. */
export type FieldVisit = {
  field: FlattenedField
  /** Where the value sits, rows counted: `ranking.0.framework`, as Payload names field errors. */
  path: string
  /** Where the field sits in the config, rows left out: `ranking.framework`, as a `where` names it. */
  fieldPath: string
  value: unknown
}

/**
 * A row of an array or blocks field, before its fields are visited. `fields` are the row's fields
 * (for a block, those of the block its `blockType` names); undefined when the row cannot be walked:
 * it is not an object, or no block has its `blockType`.
 */
export type RowVisit = {
  field: FlattenedField
  path: string
  value: unknown
  fields: FlattenedField[] | undefined
}

export type FieldVisitor = {
  /** Each field the data has a key for (null and undefined included); false: skip its contents. */
  field: (visit: FieldVisit) => boolean | void
  /** Each row of an array or blocks field, the ones it cannot enter included. */
  row?: (visit: RowVisit) => void
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The field lists `field` holds: a group's or a named tab's, an array row's, one a block. */
function innerFields(field: FlattenedField): { slug?: string; fields: FlattenedField[] }[] {
  if (field.type === 'group' || field.type === 'tab' || field.type === 'array') {
    return [{ fields: field.flattenedFields }]
  }
  if (field.type === 'blocks') {
    return field.blocks.map((block) => ({ slug: block.slug, fields: block.flattenedFields }))
  }
  return []
}

/** The fields a row of an array or blocks `field` holds: a block's own, by the row's `blockType`. */
function rowFields(field: FlattenedField, row: unknown): FlattenedField[] | undefined {
  if (!isObject(row)) return undefined
  const lists = innerFields(field)
  return field.type === 'blocks'
    ? lists.find((list) => list.slug === row.blockType)?.fields
    : lists[0]?.fields
}

function walk(
  fields: FlattenedField[],
  data: Record<string, unknown>,
  visitor: FieldVisitor,
  path: string,
  fieldPath: string,
) {
  for (const field of fields) {
    // Only keys the data has: a missing key and `undefined` differ to Payload (leave vs. unset).
    if (!('name' in field) || !Object.hasOwn(data, field.name)) continue
    const visit: FieldVisit = {
      field,
      path: `${path}${field.name}`,
      fieldPath: `${fieldPath}${field.name}`,
      value: data[field.name],
    }
    if (visitor.field(visit) === false) continue
    const { value } = visit
    if ((field.type === 'group' || field.type === 'tab') && isObject(value)) {
      walk(field.flattenedFields, value, visitor, `${visit.path}.`, `${visit.fieldPath}.`)
    } else if ((field.type === 'array' || field.type === 'blocks') && Array.isArray(value)) {
      value.forEach((row: unknown, index) => {
        const at = `${visit.path}.${index}`
        const inner = rowFields(field, row)
        visitor.row?.({ field, path: at, value: row, fields: inner })
        if (inner) {
          walk(inner, row as Record<string, unknown>, visitor, `${at}.`, `${visit.fieldPath}.`)
        }
      })
    }
  }
}

/**
 * Visits every field of `data` under `fields`, depth first in config order, a field before its
 * contents. Keys that are not fields are not visited, nor is anything inside a value whose shape
 * does not match its field (a group that is not an object, a row of an unknown block): the
 * visitor sees that value and decides what it means. Linear in the size of `data`.
 */
export function walkFields(fields: FlattenedField[], data: unknown, visitor: FieldVisitor): void {
  if (isObject(data)) walk(fields, data, visitor, '', '')
}

/** Every field in `fields`, at any depth (every block's), with its `fieldPath`: the config alone. */
export function fieldsIn(
  fields: FlattenedField[],
  prefix = '',
): { field: FlattenedField; fieldPath: string }[] {
  return fields.flatMap((field) => {
    if (!('name' in field)) return []
    const fieldPath = `${prefix}${field.name}`
    const inner = innerFields(field).flatMap((list) => fieldsIn(list.fields, `${fieldPath}.`))
    return [{ field, fieldPath }, ...inner]
  })
}
