import config from '@payload-config'
import { configToSchema } from '@payloadcms/graphql'
import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'

import { guardGraphql } from '@/lib/api/graphqlGuard'
import { guardRest } from '@/lib/api/restGuard'
import { signedIn } from '@/lib/api/signedIn'
import { env } from '@/lib/env'

// The route handlers app/(payload)/api exports, guards included, called in-process: the request
// goes through the same checks, auth, access, validation and serialisation as over HTTP.
const restHandlers = {
  GET: guardRest(REST_GET(config), config),
  POST: guardRest(REST_POST(config), config),
  PATCH: guardRest(REST_PATCH(config), config),
  DELETE: guardRest(REST_DELETE(config), config),
}
const graphqlHandler = guardGraphql(GRAPHQL_POST(config), signedIn)

export type RestReply = { status: number; body: Record<string, unknown> }
export type GraphqlReply = {
  data?: Record<string, unknown> | null
  errors?: { message: string; extensions?: { statusCode?: number; name?: string } }[]
}

function headersFor(
  token: string | undefined,
  contentType: string | undefined,
  extra: Record<string, string> = {},
): Headers {
  const headers = new Headers(extra)
  if (token) headers.set('Authorization', `JWT ${token}`)
  if (contentType) headers.set('Content-Type', contentType)
  return headers
}

type RequestOptions = {
  token?: string
  /** Sent as JSON. */
  body?: unknown
  /** Sent as it is, with `contentType` (none by default), instead of `body`. */
  raw?: string | Uint8Array
  contentType?: string
  headers?: Record<string, string>
}

function bodyOf({ body, raw, contentType }: RequestOptions) {
  if (raw !== undefined) return { data: raw as BodyInit, contentType }
  if (body !== undefined) return { data: JSON.stringify(body), contentType: 'application/json' }
  return { data: undefined, contentType }
}

const replyBody = (text: string): Record<string, unknown> => {
  try {
    return text ? (JSON.parse(text) as Record<string, unknown>) : {}
  } catch {
    return { text }
  }
}

/** `rest('PATCH', 'frameworks/3?draft=true', { token, body })` as /api/frameworks/3?draft=true. */
export async function rest(
  method: keyof typeof restHandlers,
  path: string,
  options: RequestOptions = {},
): Promise<RestReply> {
  const url = new URL(`/api/${path}`, env.SITE_URL)
  const slug = url.pathname.split('/').slice(2).map(decodeURIComponent)
  const { data, contentType } = bodyOf(options)
  const request = new Request(url, {
    method,
    headers: headersFor(options.token, contentType, options.headers),
    body: data,
  })
  const response = await restHandlers[method](request, { params: Promise.resolve({ slug }) })
  return { status: response.status, body: replyBody(await response.text()) }
}

/** A GraphQL POST exactly as given (`raw` and `contentType` for malformed ones), with its status. */
export async function graphqlRequest(
  options: RequestOptions,
): Promise<{ status: number; body: GraphqlReply & Record<string, unknown> }> {
  const { data, contentType } = bodyOf(options)
  const request = new Request(new URL('/api/graphql', env.SITE_URL), {
    method: 'POST',
    headers: headersFor(options.token, contentType, options.headers),
    body: data,
  })
  const response = await graphqlHandler(request)
  return { status: response.status, body: replyBody(await response.text()) }
}

export async function graphql(
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<GraphqlReply> {
  return (await graphqlRequest({ token, body: { query, variables } })).body
}

// Payload's graphql and this file's may be two copies of the module (ESM and CJS), so types are
// told apart by shape, not by graphql's instanceof-based predicates.
type GraphqlType = {
  name?: string
  ofType?: GraphqlType
  getFields?: () => Record<string, InputField>
}
type InputField = { name: string; type: GraphqlType }
let schema: Promise<{ getType: (name: string) => GraphqlType | undefined | null }> | undefined

/** The fields of a GraphQL input type, read from Payload's schema (introspection needs a login). */
async function inputFields(typeName: string): Promise<InputField[]> {
  schema ??= Promise.resolve(config).then((resolved) => configToSchema(resolved).schema)
  const type = (await schema).getType(typeName)
  return type?.getFields ? Object.values(type.getFields()) : []
}

const isNonNull = (type: GraphqlType) => type.constructor.name === 'GraphQLNonNull'

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
    if (!isNonNull(type) || !type.ofType) continue
    if (type.ofType.getFields && type.ofType.name) {
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
