import type { Payload, PayloadRequest } from 'payload'
import { createLocalReq, ValidationError } from 'payload'

import { rateLimiter } from '@/lib/analytics/rateLimit'
import { apiProblem } from '@/lib/api/requestGuard'
import { afterCommit } from '@/lib/database/afterCommit'
import { env } from '@/lib/env'
import { PRIVATE_HEADERS, problemPage } from '@/lib/http/responses'
import { checkPreviewToken, sitePathLocation } from '@/lib/preview/shareLinks'
import { claimedDocument, verifyPreviewToken, type SharedDocument } from '@/lib/preview/tokens'

import { currentDraft, guideRowOf } from './draftVersion'
import { isForm, readReviewInput, type ReviewInput } from './input'
import { REVIEW_LIMITS } from './limits'
import { notifyLastEditors } from './notify'

const site = new URL(env.SITE_URL)
const limiter = rateLimiter(REVIEW_LIMITS.perLinkPerMinute)

/**
 * Another site's page must not post through a reviewer's browser: the browser names the page's
 * origin (Origin) or says whether it is this site (Sec-Fetch-Site). A request saying neither is
 * not taken either. A preview page's `no-referrer` policy (it keeps the token out of Referer) makes
 * browsers send `Origin: null` with its posts: then Sec-Fetch-Site, which no page can set, decides.
 */
function sameOrigin(request: Request): boolean {
  const origin = request.headers.get('origin')
  const fetchSite = request.headers.get('sec-fetch-site')
  if (origin && origin !== 'null') {
    return origin === site.origin || origin === new URL(request.url).origin
  }
  return fetchSite === 'same-origin'
}

type Refusal = { status: number; field?: string; message: string; headers?: Record<string, string> }

/** A refusal as the poster reads it: a page for a form post, Payload's JSON error shape else. */
const answer = (form: boolean, { status, field, message, headers }: Refusal): Response =>
  form
    ? problemPage(status, 'Your comment was not saved', field ? `${field}: ${message}` : message)
    : apiProblem(status, field ? `${field}: ${message}` : message, field, headers)

/**
 * POST /review: a reviewer's comment or verdict on the draft their share link shows. The link is
 * the credential (valid, unrevoked, unexpired, not read-only, for this document); a form post is
 * answered 303 back to the page, JSON 201 with the comment's id. Anything wrong is a 4xx naming
 * the field, and nothing is stored.
 */
export async function submitReview(request: Request, payload: Payload): Promise<Response> {
  const form = isForm(request)
  if (!sameOrigin(request)) {
    return answer(form, {
      status: 403,
      field: 'origin',
      message: 'comments are taken from this site’s own pages only.',
    })
  }
  const input = await readReviewInput(request)
  if ('status' in input) return answer(form, input)
  const refused = await checkLink(payload, input)
  if ('status' in refused) return answer(form, refused)
  const { document, link } = refused
  if (!limiter.allow(String(link))) {
    const message = `at most ${REVIEW_LIMITS.perLinkPerMinute} comments a minute through one share link.`
    return answer(form, {
      status: 429,
      field: 'token',
      message,
      headers: { 'Retry-After': String(limiter.retryAfter()) },
    })
  }
  const req = await createLocalReq({}, payload)
  const stored = await store(req, input, document, link)
  if ('status' in stored) return answer(form, stored)
  // The editors' mail reads the comment on another connection: once it is committed.
  await afterCommit(req, () => notifyLastEditors(payload, stored))
  if (!form) return Response.json({ id: stored.id }, { status: 201, headers: PRIVATE_HEADERS })
  const back = (input.path && sitePathLocation(input.path)) ?? '/'
  const fragment = `#review-${encodeURIComponent(input.field)}`
  return new Response(null, {
    status: 303,
    headers: { Location: `${back.split('#', 1)[0]!}${fragment}`, ...PRIVATE_HEADERS },
  })
}

type Linked = { document: SharedDocument; link: number }

async function checkLink(payload: Payload, input: ReviewInput): Promise<Linked | Refusal> {
  const verified = verifyPreviewToken(input.token, payload.secret)
  // /review challenges no login: every bad link is 403, a deleted document 410.
  const refusal = (status: number, message: string) => ({
    status: status === 410 ? 410 : 403,
    field: 'token',
    message,
  })
  if (!verified.ok) return refusal(verified.status, verified.message)
  const document = claimedDocument(verified.claims)
  if (input.document !== undefined && input.document !== document.value) {
    return { status: 403, field: 'document', message: 'this share link is for another document.' }
  }
  // A release's link is checked as one (its target is every page); a guide's or page's, for it.
  const target =
    document.relationTo === 'releases'
      ? undefined
      : { ...document, relationTo: document.relationTo }
  const check = await checkPreviewToken(payload, input.token, target, Date.now(), {
    release: true,
  })
  if (!check.ok) return refusal(check.status, check.message)
  const link = await payload.findByID({
    collection: 'preview-links',
    id: verified.claims.link,
    depth: 0,
  })
  if (link.readOnly)
    return refusal(403, 'this share link is read-only: it shows the draft, and takes no comments.')
  return { document, link: link.id }
}

async function store(
  req: PayloadRequest,
  input: ReviewInput,
  document: SharedDocument,
  link: number,
) {
  const draft = await currentDraft(req, document.relationTo, document.value)
  const version = input.version ?? draft?.key
  if (input.version !== undefined && !(await isDraftOf(req, document, input.version, draft?.key))) {
    return { status: 422, field: 'version', message: 'is no draft of this document.' }
  }
  if (!input.verdict && (await openThreads(req, document)) >= REVIEW_LIMITS.openThreads) {
    const message = `this document has ${REVIEW_LIMITS.openThreads} open threads, the most it takes: ask for some to be resolved.`
    return { status: 409, field: 'document', message }
  }
  try {
    return await req.payload.create({
      collection: 'review-comments',
      data: {
        document,
        field: input.field,
        quote: input.quote,
        body: input.body,
        reviewerName: input.name || 'Reviewer',
        link,
        kind: input.verdict ? 'verdict' : 'comment',
        verdict: input.verdict ?? null,
        draftVersion: version ?? null,
        state: 'open',
      },
      depth: 0,
      req,
      overrideAccess: true,
    })
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error
    const first = error.data.errors[0]
    return { status: 422, field: first?.path ?? 'body', message: first?.message ?? error.message }
  }
}

async function openThreads(req: PayloadRequest, { relationTo, value }: SharedDocument) {
  const { totalDocs } = await req.payload.count({
    collection: 'review-comments',
    where: {
      and: [
        { 'document.relationTo': { equals: relationTo } },
        { 'document.value': { equals: value } },
        { kind: { equals: 'comment' } },
        { parent: { exists: false } },
        { state: { equals: 'open' } },
      ],
    },
    req,
    overrideAccess: true,
  })
  return totalDocs
}

/**
 * A draft this document had, that a reviewer could have seen: its current one, or one of its own
 * version rows (a page's key; a guide's names its row first and digests the drafts it showed,
 * which are not kept, so a page of a guide left open across an edit posts a verdict on its earlier
 * draft). A release's earlier drafts are not kept.
 */
async function isDraftOf(
  req: PayloadRequest,
  { relationTo, value }: SharedDocument,
  version: string,
  current?: string,
) {
  if (version === current) return true
  if (relationTo === 'releases') return false
  const row =
    (relationTo === 'guides' ? guideRowOf(version) : undefined) ??
    (/^[1-9]\d{0,15}$/.test(version) ? Number(version) : undefined)
  if (row === undefined) return false
  const { totalDocs } = await req.payload.countVersions({
    collection: relationTo,
    where: { and: [{ id: { equals: row } }, { parent: { equals: value } }] },
    req,
  })
  return totalDocs > 0
}
