import {
  Kind,
  parse,
  type DocumentNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
} from 'graphql'

import { argumentProblem } from './graphqlArguments'
import { apiProblem, checkRequest, fieldProblem } from './requestGuard'

/**
 * Bounds on a GraphQL request, checked before Payload parses, validates or runs it. Payload's own
 * complexity limit walks every fragment expansion, which grows exponentially with nesting: 1 KB of
 * fragments that each spread the next twice held the event loop for minutes.
 */
export const GRAPHQL_LIMITS = {
  bodyBytes: 64 * 1024,
  queryChars: 16_000,
  tokens: 4_000,
  depth: 12,
  /** Fields after expanding every fragment spread, counted without expanding them. */
  fields: 1_000,
  aliases: 50,
} as const

export type QueryCost = {
  depth: number
  /** Capped at GRAPHQL_LIMITS.fields + 1: past that only "too many" matters. */
  fields: number
  aliases: number
  /** AST selections the measurement looked at: at most the number in the document. */
  visited: number
}

type Measure = { depth: number; fields: number }
const CAP = GRAPHQL_LIMITS.fields + 1

class QueryProblem extends Error {}

/**
 * Depth and expanded field count of a parsed query, in time linear in its size: each fragment is
 * measured once and its result reused wherever it is spread. Cycles and unknown fragments throw.
 */
export function measureQuery(document: DocumentNode): QueryCost {
  const fragments = new Map<string, FragmentDefinitionNode>()
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition)
  }
  const measured = new Map<string, Measure>()
  const inProgress = new Set<string>()
  let visited = 0
  let aliases = 0

  const fragment = (name: string): Measure => {
    const done = measured.get(name)
    if (done) return done
    const definition = fragments.get(name)
    if (!definition) throw new QueryProblem(`Unknown fragment "${name}".`)
    if (inProgress.has(name)) throw new QueryProblem(`Fragment "${name}" spreads itself.`)
    inProgress.add(name)
    const result = selectionSet(definition.selectionSet)
    inProgress.delete(name)
    measured.set(name, result)
    return result
  }

  const selectionSet = (set: SelectionSetNode): Measure => {
    let depth = 0
    let fields = 0
    for (const selection of set.selections) {
      visited++
      if (selection.kind === Kind.FIELD) {
        if (selection.alias) aliases++
        const inner = selection.selectionSet ? selectionSet(selection.selectionSet) : undefined
        depth = Math.max(depth, 1 + (inner?.depth ?? 0))
        fields = Math.min(CAP, fields + 1 + (inner?.fields ?? 0))
      } else {
        const inner =
          selection.kind === Kind.INLINE_FRAGMENT
            ? selectionSet(selection.selectionSet)
            : fragment(selection.name.value)
        depth = Math.max(depth, inner.depth)
        fields = Math.min(CAP, fields + inner.fields)
      }
    }
    return { depth, fields }
  }

  let depth = 0
  let fields = 0
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) {
      const result = selectionSet(definition.selectionSet)
      depth = Math.max(depth, result.depth)
      fields = Math.min(CAP, fields + result.fields)
    }
  }
  // Fragments no operation uses are measured too: GraphQL validation would walk them as well.
  for (const name of fragments.keys()) fragment(name)
  return { depth, fields, aliases, visited }
}

/** The parsed query, or why it is refused: it does not parse, or is past a limit. */
function checkQuery(query: string): { document: DocumentNode } | { problem: string } {
  if (query.length > GRAPHQL_LIMITS.queryChars) {
    return {
      problem: `The query is ${query.length} characters long; the limit is ${GRAPHQL_LIMITS.queryChars}.`,
    }
  }
  let document: DocumentNode
  try {
    document = parse(query, { maxTokens: GRAPHQL_LIMITS.tokens, noLocation: true })
  } catch (error) {
    return { problem: `The query does not parse: ${(error as Error).message}` }
  }
  let cost: QueryCost
  try {
    cost = measureQuery(document)
  } catch (error) {
    if (error instanceof QueryProblem) return { problem: error.message }
    throw error
  }
  if (cost.depth > GRAPHQL_LIMITS.depth) {
    return {
      problem: `The query nests ${cost.depth} levels deep; the limit is ${GRAPHQL_LIMITS.depth}.`,
    }
  }
  if (cost.fields > GRAPHQL_LIMITS.fields) {
    return {
      problem: `The query asks for more than ${GRAPHQL_LIMITS.fields} fields once its fragments are expanded.`,
    }
  }
  if (cost.aliases > GRAPHQL_LIMITS.aliases) {
    return {
      problem: `The query uses ${cost.aliases} aliases; the limit is ${GRAPHQL_LIMITS.aliases}.`,
    }
  }
  return { document }
}

/** Why this query is refused, or undefined when it is within every limit. */
export function queryProblem(query: string): string | undefined {
  const checked = checkQuery(query)
  return 'problem' in checked ? checked.problem : undefined
}

/** The `query` of a GraphQL POST body, or why the body is not one. */
function queryOf(
  body: Record<string, unknown>,
): { query: string; variables: Record<string, unknown> } | { problem: string } {
  if (typeof body.query !== 'string') return { problem: '`query` must be a string.' }
  if (
    body.variables !== undefined &&
    body.variables !== null &&
    typeof body.variables !== 'object'
  ) {
    return { problem: '`variables` must be an object.' }
  }
  if (
    body.operationName !== undefined &&
    body.operationName !== null &&
    typeof body.operationName !== 'string'
  ) {
    return { problem: '`operationName` must be a string.' }
  }
  return { query: body.query, variables: (body.variables ?? {}) as Record<string, unknown> }
}

/**
 * Wraps Payload's GraphQL handler. GraphQL is for signed-in CMS users (the site reads content
 * through the Local API): anonymous requests get 401 before anything is parsed. What remains is
 * bounded in body size, query length, tokens, depth, expanded fields and aliases, each checked in
 * linear time, so no request can hold the server; and its text and list arguments are checked as
 * REST's are (src/lib/api/graphqlArguments.ts), so bad input is an HTTP 400 naming the argument,
 * not a `statusCode: 500` inside a 200.
 */
export function guardGraphql(
  handler: (request: Request) => Promise<Response>,
  signedIn: (request: Request) => Promise<boolean>,
): (request: Request) => Promise<Response> {
  return async (request) => {
    const checked = await checkRequest(request, { json: GRAPHQL_LIMITS.bodyBytes })
    if (!checked.ok) return checked.response
    if (!checked.json) return apiProblem(400, 'The request has no body.')
    if (!(await signedIn(checked.request))) {
      return apiProblem(401, 'GraphQL is for signed-in CMS users. Sign in, or read the site.')
    }
    const body = queryOf(checked.json)
    if ('problem' in body) return apiProblem(400, body.problem)
    const query = checkQuery(body.query)
    if ('problem' in query) return apiProblem(400, query.problem)
    const argument = argumentProblem(query.document, body.variables)
    if (argument) return fieldProblem(argument)
    return handler(checked.request)
  }
}
