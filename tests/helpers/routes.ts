import config from '@payload-config'
import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'

import { env } from '@/lib/env'

// Payload's own Next route handlers (the ones app/(payload)/api exports), called in-process: the
// request goes through the same auth, access, validation and serialisation as over HTTP.
const restHandlers = {
  GET: REST_GET(config),
  POST: REST_POST(config),
  PATCH: REST_PATCH(config),
  DELETE: REST_DELETE(config),
}
const graphqlHandler = GRAPHQL_POST(config)

export type RestReply = { status: number; body: Record<string, unknown> }
export type GraphqlReply = {
  data?: Record<string, unknown> | null
  errors?: { message: string; extensions?: { statusCode?: number; name?: string } }[]
}

function headersFor(token: string | undefined, hasBody: boolean): Headers {
  const headers = new Headers()
  if (token) headers.set('Authorization', `JWT ${token}`)
  if (hasBody) headers.set('Content-Type', 'application/json')
  return headers
}

/** `rest('PATCH', 'frameworks/3?draft=true', { token, body })` as /api/frameworks/3?draft=true. */
export async function rest(
  method: keyof typeof restHandlers,
  path: string,
  { token, body }: { token?: string; body?: unknown } = {},
): Promise<RestReply> {
  const url = new URL(`/api/${path}`, env.SITE_URL)
  const slug = url.pathname.split('/').slice(2).map(decodeURIComponent)
  const request = new Request(url, {
    method,
    headers: headersFor(token, body !== undefined),
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const response = await restHandlers[method](request, { params: Promise.resolve({ slug }) })
  const text = await response.text()
  return {
    status: response.status,
    body: text ? (JSON.parse(text) as Record<string, unknown>) : {},
  }
}

export async function graphql(
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<GraphqlReply> {
  const request = new Request(new URL('/api/graphql', env.SITE_URL), {
    method: 'POST',
    headers: headersFor(token, true),
    body: JSON.stringify({ query, variables }),
  })
  const response = await graphqlHandler(request)
  return (await response.json()) as GraphqlReply
}

type InputField = {
  name: string
  type: { kind: string; ofType?: { kind: string; name: string } | null }
}
const inputTypes = new Map<string, Promise<InputField[]>>()

function inputFields(typeName: string): Promise<InputField[]> {
  const query = `query ($name: String!) {
    __type(name: $name) { inputFields { name type { kind ofType { kind name } } } }
  }`
  if (!inputTypes.has(typeName)) {
    const fields = graphql(query, { name: typeName }).then(
      ({ data }) => (data?.__type as { inputFields?: InputField[] } | null)?.inputFields ?? [],
    )
    inputTypes.set(typeName, fields)
  }
  return inputTypes.get(typeName)!
}

/**
 * `data` plus whatever the GraphQL input type `typeName` demands and `data` lacks, taken from
 * `reference`, as a client that read a document first would send. GraphQL asks more than REST:
 * every required field is non-null in create inputs (defaults and derived slugs included), and
 * Payload marks groups with required subfields non-null even in update inputs.
 */
export async function fillRequiredInput(
  typeName: string,
  data: Record<string, unknown>,
  reference: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const filled = { ...data }
  for (const { name, type } of await inputFields(typeName)) {
    if (type.kind !== 'NON_NULL' || !type.ofType) continue
    if (type.ofType.kind === 'INPUT_OBJECT') {
      const nested = (value: unknown) => (value ?? {}) as Record<string, unknown>
      filled[name] = await fillRequiredInput(
        type.ofType.name,
        nested(filled[name]),
        nested(reference[name]),
      )
    } else if (filled[name] === undefined) {
      filled[name] = reference[name]
    }
  }
  return filled
}
