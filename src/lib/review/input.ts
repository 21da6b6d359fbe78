import { controlCharacterIn } from '@/lib/api/controlCharacters'

import { REVIEW_LIMITS, WHOLE_DOCUMENT } from './limits'

/** What a reviewer posts to /review, checked for types and sizes (nothing looked up yet). */
export type ReviewInput = {
  token: string
  field: string
  quote: string
  body: string
  name: string
  verdict?: 'approve' | 'changes'
  /** The draft the reviewer saw (the page's form carries it); the current one when absent. */
  version?: string
  /** The document the page was about: it must be the share link's. */
  document?: number
  /** Where a form post returns to: a path on this site. */
  path?: string
}

export type InputProblem = { status: 400 | 413 | 415; field: string; message: string }

const MAX_BYTES = 32 * 1024
const KEYS = ['token', 'field', 'quote', 'body', 'name', 'verdict', 'version', 'document', 'path']
const SIZES: Record<string, number> = {
  token: 1024,
  field: REVIEW_LIMITS.field,
  quote: REVIEW_LIMITS.quote,
  body: REVIEW_LIMITS.body,
  name: REVIEW_LIMITS.name,
  version: 64,
  document: 20,
  path: 2048,
}

export const isForm = (request: Request) =>
  mediaType(request) === 'application/x-www-form-urlencoded'

const mediaType = (request: Request) =>
  (request.headers.get('content-type') ?? '').split(';', 1)[0]!.trim().toLowerCase()

/** The posted fields as strings, from a plain form or a JSON object. */
async function fieldsOf(request: Request): Promise<Record<string, unknown> | InputProblem> {
  const type = mediaType(request)
  if (type !== 'application/json' && type !== 'application/x-www-form-urlencoded') {
    const message = 'must be a form post (application/x-www-form-urlencoded) or application/json.'
    return { status: 415, field: 'content-type', message }
  }
  const text = new TextDecoder().decode(await request.arrayBuffer())
  if (text.length > MAX_BYTES) {
    return { status: 413, field: 'body', message: `the request is over ${MAX_BYTES} bytes.` }
  }
  if (type !== 'application/json') {
    const form = new URLSearchParams(text)
    const fields: Record<string, unknown> = {}
    for (const key of new Set(form.keys())) {
      const values = form.getAll(key)
      fields[key] = values.length === 1 ? values[0] : values
    }
    return fields
  }
  try {
    const json: unknown = JSON.parse(text)
    if (json && typeof json === 'object' && !Array.isArray(json))
      return json as Record<string, unknown>
  } catch {
    // answered below
  }
  return { status: 400, field: 'body', message: 'must be a JSON object.' }
}

/** The input, or the first problem with it, naming the field. */
export async function readReviewInput(request: Request): Promise<ReviewInput | InputProblem> {
  const fields = await fieldsOf(request)
  if ('status' in fields && 'message' in fields) return fields as InputProblem
  const bad = (field: string, message: string): InputProblem => ({ status: 400, field, message })
  const text: Record<string, string> = {}
  for (const [key, value] of Object.entries(fields)) {
    if (!KEYS.includes(key)) return bad(key, 'is not a field of a review comment.')
    if (typeof value !== 'string') return bad(key, 'must be one piece of text.')
    if (value.length > SIZES[key]!) return bad(key, `must be at most ${SIZES[key]} characters.`)
    const control = controlCharacterIn(value)
    if (control) return bad(key, control)
    text[key] = value
  }
  if (!text.token) return bad('token', 'is required: post through a share link.')
  const verdict = text.verdict || undefined
  if (verdict !== undefined && verdict !== 'approve' && verdict !== 'changes') {
    return bad('verdict', 'must be “approve” or “changes”.')
  }
  const body = (text.body ?? '').trim()
  if (!verdict && !body) return bad('body', 'is required: say what the comment is.')
  const field = text.field || (verdict ? WHOLE_DOCUMENT : '')
  if (!field) return bad('field', 'is required: the field or block the comment is about.')
  let document: number | undefined
  if (text.document !== undefined) {
    document = Number(text.document)
    if (!/^[1-9]\d*$/.test(text.document) || !Number.isSafeInteger(document)) {
      return bad('document', 'must be a document id.')
    }
  }
  return {
    token: text.token,
    field,
    quote: text.quote ?? '',
    body,
    name: (text.name ?? '').trim(),
    verdict,
    version: text.version || undefined,
    document,
    path: text.path || undefined,
  }
}
