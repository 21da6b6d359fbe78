// The archive's check of a document, derived from the collection's sanitized fields
// (`flattenedFields`): a field added to a collection is archived without a change here.
import type { FlattenedField } from 'payload'
import { z } from 'zod'

export type FieldRules = {
  /**
   * Drafts are saved without validation, so any field of a draft may be empty. Published content
   * passed validation, but only `required`: a limit (maxLength, min/max, maxRows) tightened since
   * would make existing content unexportable, so limits are the admin's business, not the file's.
   */
  draft: boolean
  /** Whether the field at `path` (`sizes.card.url`) is written to the file. */
  archived: (field: FlattenedField, path: string) => boolean
  /** Fields that a file of this format version may lack (added within the version). */
  mayBeMissing: (path: string) => boolean
}

export const id = z.number().int().positive()
export const timestamp = z.iso.datetime()

/** Lexical JSON, kept as stored: only its root is checked. */
const richText = z.custom<{ root: { type: 'root'; children: unknown[] } }>((value) => {
  const root = (value as { root?: { type?: unknown; children?: unknown } } | null)?.root
  return root?.type === 'root' && Array.isArray(root.children)
}, 'expected rich text: { "root": { "type": "root", "children": [ … ] } }')

/** A strict object of `fields`: a field the config doesn't have stops the check. */
export function objectOf(
  fields: FlattenedField[],
  rules: FieldRules,
  at = '',
  head: Record<string, z.ZodType> = {},
) {
  const shape: Record<string, z.ZodType> = { ...head }
  for (const field of fields) {
    const path = at ? `${at}.${field.name}` : field.name
    if (!rules.archived(field, path) || field.name in head) continue
    const schema = withPresence(field, valueOf(field, rules, path), rules)
    shape[field.name] = rules.mayBeMissing(path) ? schema.optional() : schema
  }
  return z.strictObject(shape)
}

/**
 * Groups are always there (Payload reads them as objects, empty or not); any other field may be
 * null unless it is required in published content. A field shown only on a condition is not
 * checked while the condition is false, so its `required` promises nothing.
 */
function withPresence(field: FlattenedField, schema: z.ZodType, rules: FieldRules): z.ZodType {
  if (field.type === 'group' || field.type === 'tab') return schema
  const required = 'required' in field && field.required && !field.admin?.condition
  return required && !rules.draft ? schema : schema.nullish()
}

/** Payload's field type → what the export writes for it (depth 0: relationships are ids). */
function valueOf(field: FlattenedField, rules: FieldRules, path: string): z.ZodType {
  const many = (one: z.ZodType) => ('hasMany' in field && field.hasMany ? z.array(one) : one)
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
      return many(z.string())
    case 'number':
      return many(z.number())
    case 'select':
    case 'radio': {
      const values = field.options.map((option) =>
        typeof option === 'string' ? option : option.value,
      )
      return many(z.enum(values as [string, ...string[]]))
    }
    case 'checkbox':
      return z.boolean()
    case 'date':
      return timestamp
    case 'json':
      return z.json()
    case 'point':
      return z.tuple([z.number(), z.number()])
    case 'richText':
      return richText
    case 'relationship':
    case 'upload':
      return many(
        Array.isArray(field.relationTo)
          ? z.strictObject({ relationTo: z.enum(field.relationTo), value: id })
          : id,
      )
    case 'group':
    case 'tab':
      return objectOf(field.flattenedFields, rules, path)
    // Row ids are kept: the admin and the version history refer to rows by them.
    case 'array':
      return z.array(objectOf(field.flattenedFields, rules, path, { id: z.string() }))
    case 'blocks': {
      const blocks = field.blocks.map((block) =>
        objectOf(block.flattenedFields, rules, `${path}.${block.slug}`, {
          id: z.string(),
          blockName: z.string().nullish(),
          blockType: z.literal(block.slug),
        }),
      )
      return z.array(z.discriminatedUnion('blockType', blocks as [z.ZodObject, ...z.ZodObject[]]))
    }
    case 'join':
      throw new Error(`${path}: a join field is not stored, so it is never archived`)
  }
}
