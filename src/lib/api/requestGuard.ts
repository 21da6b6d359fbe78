import { controlCharacterProblem } from './controlCharacters'
import type { FieldProblem } from './inputShape'
import { searchParamsProblem } from './queryGuard'
import { multipartProblem, pathProblem } from './requestText'

/**
 * What every request to the CMS API passes before Payload sees it: a body limit (413), a content
 * type Payload can read (415), JSON that parses (400 saying where it breaks), query parameters
 * Payload can run (src/lib/api/queryGuard.ts), and text without control characters anywhere: path,
 * query, JSON, form fields and file names (src/lib/api/controlCharacters.ts). Payload would answer
 * these with a 500 or "An unknown error occurred."
 */

const MiB = 1024 * 1024

export const BODY_LIMITS = {
  /** JSON documents: far above any guide, far below what could hold the event loop. */
  jsonBytes: 2 * MiB,
  /** Uploads (multipart): the largest image the media library takes. */
  multipartBytes: 20 * MiB,
} as const

const WITH_BODY = new Set(['POST', 'PATCH', 'PUT'])

/** A JSON error in Payload's shape: `{ errors: [{ message, field? }] }`. */
export function apiProblem(
  status: number,
  message: string,
  field?: string,
  headers: Record<string, string> = {},
): Response {
  return Response.json(
    { errors: [{ message, ...(field ? { field } : {}) }] },
    { status, headers: { 'Cache-Control': 'no-store', ...headers } },
  )
}

/**
 * 400 naming the field, in the shape of Payload's ValidationError: the admin marks the field
 * (`data.errors`), other clients read `field` and the message.
 */
export function fieldProblem({ path, message }: FieldProblem): Response {
  return Response.json(
    {
      errors: [
        {
          name: 'ValidationError',
          message: `The following field is invalid: ${path}. ${path}: ${message}`,
          field: path,
          data: { errors: [{ path, message }] },
        },
      ],
    },
    { status: 400, headers: { 'Cache-Control': 'no-store' } },
  )
}

/** 413 for a body over `limit` bytes (proxy.ts answers the same for a declared length). */
export const tooLarge = (limit: number) =>
  apiProblem(413, `The request body is larger than ${limit / MiB} MiB.`, 'body')

/** The media type alone, lower-cased: `application/json; charset=utf-8` → `application/json`. */
const mediaType = (request: Request) =>
  (request.headers.get('content-type') ?? '').split(';', 1)[0]!.trim().toLowerCase()

/** Reads at most `limit` bytes of the body; undefined when it holds more. */
async function readAtMost(request: Request, limit: number): Promise<Uint8Array | undefined> {
  if (!request.body) return new Uint8Array()
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel().catch(() => undefined)
      return undefined
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks)
}

/** The JSON object a write needs, or why `text` is not one. */
function parseJsonObject(text: string): { json: Record<string, unknown> } | { problem: string } {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    return { problem: `The request body is not valid JSON: ${(error as Error).message}.` }
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return { problem: 'The request body must be a JSON object.' }
  }
  return { json: parsed as Record<string, unknown> }
}

export type CheckedBody =
  | {
      ok: true
      request: Request
      /** The body, parsed once here, when it is JSON. */
      json?: Record<string, unknown>
    }
  | { ok: false; response: Response }

const refuse = (problem: FieldProblem): CheckedBody => ({
  ok: false,
  response: fieldProblem(problem),
})

/**
 * Checks a request's path, query and body, and buffers the body. Returns a new Request carrying
 * the same bytes, for the handler, or the 4xx to answer instead.
 */
export async function checkRequest(
  request: Request,
  {
    json,
    multipart,
    checkQuery,
  }: {
    json: number
    multipart?: number
    /** A further check of the query, e.g. a collection's `where` against its fields. */
    checkQuery?: (params: URLSearchParams) => FieldProblem | undefined
  },
): Promise<CheckedBody> {
  const queryProblem = (params: URLSearchParams) =>
    searchParamsProblem(params) ?? checkQuery?.(params)
  const url = new URL(request.url)
  const inUrl = pathProblem(url) ?? queryProblem(url.searchParams)
  if (inUrl) return refuse(inUrl)
  const type = mediaType(request)
  if (!WITH_BODY.has(request.method)) return { ok: true, request }
  // The admin's relationship and upload pickers read with POST + X-Payload-HTTP-Method-Override:
  // GET and a form-encoded query in the body, which Payload answers as a GET.
  const readsAsGet =
    request.method === 'POST' &&
    (
      request.headers.get('x-payload-http-method-override') ??
      request.headers.get('x-http-method-override')
    )?.toUpperCase() === 'GET'
  const allowed = readsAsGet
    ? ['application/x-www-form-urlencoded', 'application/json']
    : multipart
      ? ['application/json', 'multipart/form-data']
      : ['application/json']
  const limit = type === 'multipart/form-data' && multipart ? multipart : json
  const declared = Number(request.headers.get('content-length') ?? NaN)
  if (declared > limit) return { ok: false, response: tooLarge(limit) }
  const bytes = await readAtMost(request, limit)
  if (!bytes) return { ok: false, response: tooLarge(limit) }
  if (bytes.byteLength === 0 && !type) return { ok: true, request }
  if (!allowed.includes(type)) {
    const message = `Content-Type must be ${allowed.join(' or ')}${type ? `, not ${type}` : ''}.`
    return { ok: false, response: apiProblem(415, message, 'Content-Type') }
  }
  const copy = () =>
    new Request(request.url, {
      method: request.method,
      headers: request.headers,
      body: bytes.byteLength > 0 ? (bytes as Uint8Array<ArrayBuffer>) : undefined,
    })
  let body: Record<string, unknown> | undefined
  if (bytes.byteLength > 0 && type !== 'multipart/form-data') {
    let text: string
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    } catch {
      return { ok: false, response: apiProblem(400, 'The request body is not UTF-8.', 'body') }
    }
    if (type === 'application/json') {
      const parsed = parseJsonObject(text)
      if ('problem' in parsed) {
        return { ok: false, response: apiProblem(400, parsed.problem, 'body') }
      }
      body = parsed.json
      const problem = controlCharacterProblem(body)
      if (problem) return refuse(problem)
    } else {
      const problem = queryProblem(new URLSearchParams(text))
      if (problem) return refuse(problem)
    }
  } else if (bytes.byteLength > 0) {
    const problem = await multipartProblem(copy())
    if (problem) return refuse(problem)
  }
  return { ok: true, request: copy(), json: body }
}
