import { controlCharacterIn, controlCharacterProblem } from './controlCharacters'
import type { FieldProblem } from './inputShape'

/**
 * The query-string parameters Payload's REST API (and the admin's list views) read, checked before
 * Payload parses them. Each answered with a 500 before.
 */

const GEOGRAPHIC = 'needs a geographic (point) field, and no field here is one'

/**
 * `where` operators Payload lists but this database cannot run, each failing with a 500: `near`,
 * `within` and `intersects` need PostGIS (which it lacks) and a point field (none here); Payload's
 * Postgres adapter does not implement `all`. No field is named like them either, so any `where`
 * segment with one of these names is one of them.
 */
const UNSUPPORTED_OPERATORS: Record<string, string> = {
  near: GEOGRAPHIC,
  within: GEOGRAPHIC,
  intersects: GEOGRAPHIC,
  all: 'is not supported by this database. Use in (any of the values) instead',
}
export const unsupported = (name: string) => Object.hasOwn(UNSUPPORTED_OPERATORS, name)

/**
 * Payload's number parameters: `page` counts from 1 (a negative one reached Postgres as a negative
 * OFFSET); `limit` 0 means "no limit", which the admin's bulk actions send; `depth` from 0. Nine
 * digits keep `page × limit` inside Postgres's bigint.
 */
const NUMBERS: Record<string, { min: number; says: string }> = {
  page: { min: 1, says: 'a whole number, 1 or more' },
  limit: { min: 0, says: 'a whole number, 0 (no limit) or more' },
  depth: { min: 0, says: 'a whole number, 0 or more' },
}

/** `where[or][0][slug][equals]` → `['where', 'or', '0', 'slug', 'equals']`, as qs reads it. */
const segments = (key: string) => key.split(/[[\]]+/).filter(Boolean)

/** The first key anywhere in a parsed `where` that is an operator this database cannot run. */
export function unsupportedOperatorIn(where: unknown, path: string): FieldProblem | undefined {
  const stack: { value: unknown; path: string }[] = [{ value: where, path }]
  for (let next = stack.pop(); next; next = stack.pop()) {
    if (typeof next.value !== 'object' || next.value === null) continue
    for (const [key, inner] of Object.entries(next.value)) {
      const at = `${next.path}.${key}`
      if (unsupported(key)) return operatorProblem(at, key)
      stack.push({ value: inner, path: at })
    }
  }
  return undefined
}

export const operatorProblem = (path: string, operator: string): FieldProblem => ({
  path,
  message: `the "${operator}" operator ${UNSUPPORTED_OPERATORS[operator]}.`,
})

/** `where` or `data` sent as JSON text (`?where={"slug":{"equals":"x"}}`), as Payload accepts. */
function jsonParamProblem(key: string, value: string): FieldProblem | undefined {
  if (value.length === 0) return undefined
  let parsed: unknown
  try {
    parsed = JSON.parse(value)
  } catch (error) {
    return { path: key, message: `is not valid JSON: ${(error as Error).message}.` }
  }
  return (
    controlCharacterProblem(parsed, key) ??
    (key === 'where' ? unsupportedOperatorIn(parsed, key) : undefined)
  )
}

/** Why one parameter is refused, or undefined. `key` and `value` are percent-decoded. */
function paramProblem(key: string, value: string): FieldProblem | undefined {
  const keyProblem = controlCharacterIn(key)
  if (keyProblem) return { path: key, message: `its name ${keyProblem}` }
  const valueProblem = controlCharacterIn(value)
  if (valueProblem) return { path: key, message: valueProblem }
  const [root, ...rest] = segments(key)
  if (root === 'where' && rest.length > 0) {
    const operator = rest.find(unsupported)
    if (operator) return operatorProblem(key, operator)
  }
  if ((root === 'where' || root === 'data') && key === root) return jsonParamProblem(key, value)
  const number = root === undefined ? undefined : NUMBERS[root]
  if (number) {
    const ok = key === root && /^\d{1,9}$/.test(value) && Number(value) >= number.min
    if (!ok) return { path: root!, message: `must be ${number.says}, not "${value.slice(0, 40)}".` }
  }
  return undefined
}

/** The first query-string parameter the API would fail on, or undefined when all are sound. */
export function searchParamsProblem(params: URLSearchParams): FieldProblem | undefined {
  for (const [key, value] of params) {
    const problem = paramProblem(key, value)
    if (problem) return problem
  }
  return undefined
}
