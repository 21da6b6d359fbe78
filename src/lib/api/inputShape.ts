import type { FlattenedField } from 'payload'

import { safeUrlError } from '@/fields/url'
import { relationId } from '@/lib/content/relationId'
import { type RowVisit, walkFields } from '@/lib/fields/walk'

/** A field the request got wrong: its path as Payload names it (`ranking.0.framework`) and why. */
export type FieldProblem = { path: string; message: string }

/** A document the request points at, to be checked for existence once the shape is sound. */
export type Reference = { path: string; collection: string; id: number }

/**
 * Limits that hold for every save, drafts included (Payload skips validation for drafts). A field
 * may set a tighter `maxLength` / `maxRows`; these are the ceilings for fields that set none.
 */
export const SHAPE_LIMITS = {
  textChars: 1_000,
  textareaChars: 10_000,
  richTextBytes: 100_000,
  jsonBytes: 100_000,
  arrayRows: 200,
} as const

/** Postgres `serial` ids: a positive 32-bit integer, as a number or a string of digits. */
export function documentId(value: unknown): number | undefined {
  const id = typeof value === 'string' && /^\d{1,10}$/.test(value) ? Number(value) : value
  return typeof id === 'number' && Number.isInteger(id) && id >= 1 && id <= 2_147_483_647
    ? id
    : undefined
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** "an object", "a number", … for messages that say what arrived instead. */
function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list'
  if (value === null) return 'null'
  if (typeof value === 'object') return 'an object'
  if (typeof value === 'string') return 'text'
  return `a ${typeof value}`
}

type Walk = { problems: FieldProblem[]; references: Reference[] }

const fail = (walk: Walk, path: string, message: string): void => {
  walk.problems.push({ path, message })
}

function checkText(walk: Walk, path: string, value: unknown, max: number) {
  if (typeof value !== 'string') return fail(walk, path, `must be text, not ${describe(value)}.`)
  if (value.length > max) {
    fail(walk, path, `must be at most ${max} characters long (this is ${value.length}).`)
  }
}

function checkSize(walk: Walk, path: string, value: unknown, max: number, what: string) {
  const bytes = Buffer.byteLength(JSON.stringify(value))
  if (bytes > max) fail(walk, path, `${what} must be at most ${max} bytes (this is ${bytes}).`)
}

function checkRelation(walk: Walk, path: string, value: unknown, field: FlattenedField) {
  if (field.type !== 'relationship' && field.type !== 'upload') return
  const targets: string[] = Array.isArray(field.relationTo) ? field.relationTo : [field.relationTo]
  let collection = targets[0]!
  let raw = value
  if (Array.isArray(field.relationTo)) {
    if (!isObject(value) || typeof value.relationTo !== 'string') {
      return fail(walk, path, `must be { relationTo, value } naming one of: ${targets.join(', ')}.`)
    }
    if (!targets.includes(value.relationTo)) {
      return fail(
        walk,
        path,
        `cannot point at "${value.relationTo}"; use one of: ${targets.join(', ')}.`,
      )
    }
    collection = value.relationTo
    raw = value.value
  }
  // A populated document, as the Local API and some clients send it back, stands for its id.
  const given = relationId(raw)
  const id = documentId(given)
  if (id === undefined) {
    return fail(walk, path, `must be the id of a ${collection} document, not ${describe(given)}.`)
  }
  walk.references.push({ path, collection, id })
}

/** False: the walker leaves the value's rows alone (there are more than it may have). */
function checkField(walk: Walk, field: FlattenedField, path: string, value: unknown): boolean {
  // undefined leaves the stored value alone; null clears it (Payload's own checks decide if allowed).
  if (value === undefined || value === null) return true
  // Read-only, and Payload ignores it on write. A join on a hasMany field is marked hasMany too.
  if (field.type === 'join') return true
  const many = 'hasMany' in field && field.hasMany === true
  if (many) {
    if (!Array.isArray(value)) fail(walk, path, `must be a list, not ${describe(value)}.`)
    else if (value.length > SHAPE_LIMITS.arrayRows) {
      fail(walk, path, `must have at most ${SHAPE_LIMITS.arrayRows} items.`)
    } else value.forEach((item, index) => checkOne(walk, field, `${path}.${index}`, item))
    return true
  }
  return checkOne(walk, field, path, value) !== false
}

/**
 * One value of `field` (or one item of a hasMany). What is inside a group or a row is not read
 * here: the walker (src/lib/fields/walk.ts) visits those fields in turn.
 */
function checkOne(walk: Walk, field: FlattenedField, path: string, value: unknown): boolean | void {
  switch (field.type) {
    case 'text':
      checkText(walk, path, value, field.maxLength ?? SHAPE_LIMITS.textChars)
      if (field.custom?.url === true && typeof value === 'string') {
        const problem = safeUrlError(value)
        if (problem) fail(walk, path, problem)
      }
      return
    case 'email':
    case 'code':
      return checkText(walk, path, value, SHAPE_LIMITS.textChars)
    case 'textarea':
      return checkText(walk, path, value, field.maxLength ?? SHAPE_LIMITS.textareaChars)
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        fail(walk, path, `must be a number, not ${describe(value)}.`)
      }
      return
    case 'checkbox':
      if (typeof value !== 'boolean')
        fail(walk, path, `must be true or false, not ${describe(value)}.`)
      return
    case 'select':
    case 'radio': {
      const allowed = field.options.map((option) =>
        typeof option === 'string' ? option : option.value,
      )
      if (typeof value !== 'string' || !allowed.includes(value)) {
        fail(walk, path, `must be one of: ${allowed.join(', ')}.`)
      }
      return
    }
    case 'date':
      if (
        !(value instanceof Date && !Number.isNaN(value.getTime())) &&
        !(typeof value === 'string' && value.length <= 64 && !Number.isNaN(Date.parse(value)))
      ) {
        fail(walk, path, 'must be a date, like 2026-12-01T09:00:00.000Z.')
      }
      return
    case 'relationship':
    case 'upload':
      return checkRelation(walk, path, value, field)
    case 'richText':
      if (!isObject(value) || !isObject(value.root) || !Array.isArray(value.root.children)) {
        return fail(walk, path, 'must be rich text: an object with a `root` node.')
      }
      return checkSize(walk, path, value, SHAPE_LIMITS.richTextBytes, 'Rich text')
    case 'json':
      return checkSize(walk, path, value, SHAPE_LIMITS.jsonBytes, 'The value')
    case 'point':
      if (!Array.isArray(value) || value.length !== 2 || !value.every(Number.isFinite)) {
        fail(walk, path, 'must be [longitude, latitude].')
      }
      return
    case 'array':
    case 'blocks': {
      // The admin sends a list with no rows as the number 0, which Payload's field hooks store as
      // [] (payload/dist/fields/hooks/beforeValidate). Refusing it lost every autosave of a new page.
      if (value === 0) return
      if (!Array.isArray(value)) return fail(walk, path, `must be a list, not ${describe(value)}.`)
      const max = field.maxRows ?? SHAPE_LIMITS.arrayRows
      if (value.length <= max) return
      fail(walk, path, `must have at most ${max} ${field.type === 'array' ? 'rows' : 'blocks'}.`)
      return false
    }
    case 'group':
    case 'tab':
      if (!isObject(value)) fail(walk, path, `must be an object, not ${describe(value)}.`)
      return
  }
}

/** A row of an array or blocks field: an object, and (blocks) one of the field's blocks. */
function checkRow(walk: Walk, { field, path, value, fields }: RowVisit) {
  if (!isObject(value)) return fail(walk, path, 'must be an object.')
  if (field.type === 'blocks' && !fields) {
    fail(
      walk,
      `${path}.blockType`,
      `must be one of: ${field.blocks.map((b) => b.slug).join(', ')}.`,
    )
  }
}

/**
 * Checks what a create or update sends against the collection's fields, before Payload coerces
 * anything: each value has its field's type (no object saved as text), stays within the size
 * limits, and relations are well-formed ids. Keys that are not fields are left to Payload, which
 * drops them. Runs in time linear in the size of `data`.
 */
export function checkInputShape(fields: FlattenedField[], data: unknown): Walk {
  const walk: Walk = { problems: [], references: [] }
  if (!isObject(data)) {
    fail(walk, '(body)', `The document must be a JSON object, not ${describe(data)}.`)
    return walk
  }
  walkFields(fields, data, {
    field: ({ field, path, value }) => checkField(walk, field, path, value),
    row: (row) => checkRow(walk, row),
  })
  return walk
}
