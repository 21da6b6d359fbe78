import { Kind, visit, type DocumentNode, type ValueNode } from 'graphql'

import { controlCharacterIn } from './controlCharacters'
import type { FieldProblem } from './inputShape'
import { operatorProblem, unsupported, unsupportedOperatorIn } from './queryGuard'

/**
 * Payload's list arguments, as the REST query string has them (src/lib/api/queryGuard.ts): `page`
 * from 1 (a negative one reached Postgres as a negative OFFSET and came back as `statusCode: 500`
 * inside an HTTP 200), `limit` from 0 ("no limit").
 */
const NUMBER_ARGUMENTS: Record<string, { min: number; says: string }> = {
  page: { min: 1, says: 'a whole number, 1 or more' },
  limit: { min: 0, says: 'a whole number, 0 (no limit) or more' },
}

type Variables = Record<string, unknown>

/**
 * The first string in an argument's value that breaks the text rule, or, in a `where`, an operator
 * the database cannot run (inline, or as a whole `where` variable). Variables' text is checked
 * with the rest of the body.
 */
function valueProblem(
  node: ValueNode,
  path: string,
  inWhere: boolean,
  variables: Variables,
): FieldProblem | undefined {
  switch (node.kind) {
    case Kind.STRING: {
      const problem = controlCharacterIn(node.value)
      return problem ? { path, message: problem } : undefined
    }
    case Kind.VARIABLE:
      return inWhere ? unsupportedOperatorIn(variables[node.name.value], path) : undefined
    case Kind.LIST:
      for (const [index, item] of node.values.entries()) {
        const problem = valueProblem(item, `${path}.${index}`, inWhere, variables)
        if (problem) return problem
      }
      return undefined
    case Kind.OBJECT:
      for (const field of node.fields) {
        const at = `${path}.${field.name.value}`
        if (inWhere && unsupported(field.name.value)) return operatorProblem(at, field.name.value)
        const problem = valueProblem(field.value, at, inWhere, variables)
        if (problem) return problem
      }
      return undefined
    default:
      return undefined
  }
}

function numberProblem(name: string, node: ValueNode, variables: Variables) {
  const rule = NUMBER_ARGUMENTS[name]
  if (!rule) return undefined
  const value =
    node.kind === Kind.INT
      ? Number(node.value)
      : node.kind === Kind.VARIABLE
        ? variables[node.name.value]
        : undefined
  // Null and absent leave Payload's default; other types are GraphQL's own 400.
  if (typeof value !== 'number' || value >= rule.min) return undefined
  return { path: name, message: `must be ${rule.says}, not ${value}.` }
}

/**
 * The first inline argument (or variable default) of a parsed query that Payload would fail on:
 * text with a control character (`where: { slug: { equals: "a\u0000" } }`, which GraphQL's escape
 * turns into a NUL), a `where` operator the database cannot run (`all`), or a `page` / `limit` out
 * of range, inline or through a variable. Named as `Field(argument.path)`.
 */
export function argumentProblem(
  document: DocumentNode,
  variables: Variables = {},
): FieldProblem | undefined {
  let found: FieldProblem | undefined
  const fieldNames: string[] = []
  const named = (problem: FieldProblem | undefined) =>
    problem && { ...problem, path: `${fieldNames.at(-1) ?? 'query'}(${problem.path})` }
  visit(document, {
    Field: {
      enter: (node) => void fieldNames.push(node.name.value),
      leave: () => void fieldNames.pop(),
    },
    Argument(node) {
      found ??= named(
        valueProblem(node.value, node.name.value, node.name.value === 'where', variables) ??
          numberProblem(node.name.value, node.value, variables),
      )
    },
    VariableDefinition(node) {
      if (node.defaultValue) {
        found ??= valueProblem(node.defaultValue, `$${node.variable.name.value}`, false, variables)
      }
    },
  })
  return found
}
