import type { FlattenedField, GlobalBeforeOperationHook } from 'payload'

import { FieldsInvalid } from '@/lib/api/errors'
import { checkInputShape } from '@/lib/api/inputShape'

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * The admin sends a list emptied of its last row as the number 0 (`'0'` in form data), which
 * Payload's field hooks read as `[]`. Made `[]` here first, so the shape check takes it as a list.
 */
function emptiedListsAsLists(fields: FlattenedField[], data: Record<string, unknown>) {
  for (const field of fields) {
    const value = data[field.name]
    if (field.type === 'array' || field.type === 'blocks') {
      if (value === 0 || value === '0') {
        data[field.name] = []
        continue
      }
      if (!Array.isArray(value)) continue
      for (const row of value) {
        if (!isObject(row)) continue
        const rowFields =
          field.type === 'array'
            ? field.flattenedFields
            : field.blocks.find((block) => block.slug === row.blockType)?.flattenedFields
        if (rowFields) emptiedListsAsLists(rowFields, row)
      }
    } else if ((field.type === 'group' || field.type === 'tab') && isObject(value)) {
      emptiedListsAsLists(field.flattenedFields, value)
    }
  }
}

/**
 * Every save of a global, drafts and autosaves included, through REST, GraphQL, the Local API or
 * the admin, has its fields' types, sizes, URLs and row limits (400 naming field and reason,
 * nothing stored): the check collections get from src/hooks/guardWrites.ts. Payload validates
 * nothing in a draft, and coerces an object sent for a text field into its JSON text.
 */
export const guardGlobalWrites: GlobalBeforeOperationHook = ({ args, global, operation }) => {
  const given = args as { data?: unknown }
  if (operation !== 'update') return given
  if (isObject(given.data)) emptiedListsAsLists(global.flattenedFields, given.data)
  const { problems } = checkInputShape(global.flattenedFields, given.data)
  if (problems.length > 0) throw new FieldsInvalid(global.slug, problems)
  return given
}
