import type { FlattenedField } from 'payload'

export type Reference = { path: string; relationTo: string; id: number }

type Stored = Record<string, unknown>

/**
 * Every relationship `value` holds (a relationship or upload field, in groups, rows and blocks
 * too), found through the `fields` it was stored by: where it is, and what it points at.
 * Links inside rich text are not relationships, and are not walked.
 */
export function referencesIn(fields: FlattenedField[], value: Stored, at: string): Reference[] {
  return fields.flatMap((field): Reference[] => {
    const stored = value[field.name]
    const path = `${at}.${field.name}`
    if (stored == null) return []
    switch (field.type) {
      case 'relationship':
      case 'upload': {
        const one = (ref: unknown, where: string): Reference =>
          typeof field.relationTo === 'string'
            ? { path: where, relationTo: field.relationTo, id: ref as number }
            : {
                path: where,
                ...(ref as { relationTo: string }),
                id: (ref as { value: number }).value,
              }
        return Array.isArray(stored)
          ? stored.map((ref, index) => one(ref, `${path}[${index}]`))
          : [one(stored, path)]
      }
      case 'group':
      case 'tab':
        return referencesIn(field.flattenedFields, stored as Stored, path)
      case 'array':
        return (stored as Stored[]).flatMap((row, index) =>
          referencesIn(field.flattenedFields, row, `${path}[${index}]`),
        )
      case 'blocks':
        return (stored as Stored[]).flatMap((row, index) => {
          const block = field.blocks.find((candidate) => candidate.slug === row.blockType)
          return block ? referencesIn(block.flattenedFields, row, `${path}[${index}]`) : []
        })
      default:
        return []
    }
  })
}
