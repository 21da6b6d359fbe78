import type { FlattenedField, SanitizedConfig } from 'payload'
import { validOperatorSet } from 'payload/shared'

import type { FieldProblem } from './inputShape'

/**
 * Conditions Payload's Postgres adapter fails on with a 500, found from the collection's fields:
 * - text-matching operators on fields that hold no text. Payload's GraphQL schema offers none of
 *   them for these types; REST passes them to an ILIKE, and on a date with a value that is not a
 *   date the adapter wrote `created_at ilike  and …`, a syntax error;
 * - any operator on a relationship to several collections named alone (`linksTo`) with a plain
 *   value: the adapter throws "Not supported". `linksTo.value` and `linksTo.relationTo` work.
 */
const TEXT_OPERATORS = new Set(['like', 'contains', 'not_like'])
const NOT_TEXT = new Set(['date', 'checkbox', 'point'])

/** The field a where path names (`cta.heading`), through groups, tabs, arrays and blocks' rows. */
function fieldAt(fields: FlattenedField[], path: string[]): FlattenedField | undefined {
  let current = fields
  let field: FlattenedField | undefined
  for (const name of path) {
    field = current.find((candidate) => 'name' in candidate && candidate.name === name)
    if (!field) return undefined
    current = 'flattenedFields' in field ? field.flattenedFields : []
  }
  return field
}

/** `where[or][0][cta.heading][like]` → `{ path: ['cta', 'heading'], operator: 'like' }`. */
function condition(key: string): { path: string[]; operator: string } | undefined {
  const [root, ...rest] = key.split(/[[\]]+/).filter(Boolean)
  if (root !== 'where') return undefined
  const named = rest.filter(
    (segment) => segment !== 'and' && segment !== 'or' && !/^\d+$/.test(segment),
  )
  const operator = named.pop()
  if (!operator || !validOperatorSet.has(operator as never) || named.length === 0) return undefined
  return { path: named.flatMap((segment) => segment.split('.')), operator }
}

/** `?where={"a":{"like":"x"}}` as the bracket keys it stands for: `where[a][like]`. */
function jsonWhereKeys(text: string): string[] {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return [] // refused by src/lib/api/queryGuard.ts
  }
  const keys: string[] = []
  const stack: { value: unknown; key: string }[] = [{ value: parsed, key: 'where' }]
  for (let next = stack.pop(); next; next = stack.pop()) {
    if (typeof next.value !== 'object' || next.value === null) {
      keys.push(next.key)
      continue
    }
    for (const [name, inner] of Object.entries(next.value)) {
      stack.push({ value: inner, key: `${next.key}[${name}]` })
    }
  }
  return keys
}

/** The fields of the collection an API path is about (`/api/guides/3` → guides), if any. */
export function collectionFields(
  config: SanitizedConfig,
  pathname: string,
): FlattenedField[] | undefined {
  const slug = pathname.slice(config.routes.api.length + 1).split('/')[0]
  return config.collections.find((c) => c.slug === slug)?.flattenedFields
}

/** The first `where` condition whose operator cannot apply to its field's type. */
export function whereFieldProblem(
  fields: FlattenedField[],
  params: URLSearchParams,
): FieldProblem | undefined {
  const json = params.get('where')
  const keys = [...params.keys(), ...(json ? jsonWhereKeys(json) : [])]
  for (const key of keys) {
    const found = condition(key)
    const field = found && fieldAt(fields, found.path)
    if (!found || !field) continue
    const name = found.path.join('.')
    if (TEXT_OPERATORS.has(found.operator) && NOT_TEXT.has(field.type)) {
      return {
        path: key,
        message: `the "${found.operator}" operator matches text, and ${name} is a ${field.type} field. Use equals, greater_than, less_than or another operator.`,
      }
    }
    if (field.type === 'relationship' && Array.isArray(field.relationTo)) {
      return {
        path: key,
        message: `${name} can point at several collections: query ${name}.value (the id) or ${name}.relationTo (the collection) instead.`,
      }
    }
  }
  return undefined
}
