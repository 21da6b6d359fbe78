import { addDataAndFileToRequest, type Endpoint, type PayloadRequest } from 'payload'

import { documentId } from '@/lib/api/inputShape'

import { addToRelease, documentRef } from './add'
import { runRelease, type Action } from './transaction'

const refusal = (status: number, message: string, data: Record<string, unknown> = {}) =>
  Response.json(
    { errors: [{ message, ...data }] },
    { status, headers: { 'Cache-Control': 'no-store' } },
  )

/** The release a request names, or the 4xx that says why there is none it may act on. */
function releaseId(req: PayloadRequest): number | Response {
  if (!req.user) return refusal(401, 'Sign in to the CMS to act on a release.')
  const raw = req.routeParams?.id
  return documentId(raw) ?? refusal(404, `id: ${String(raw)} is not the id of a release.`)
}

/** A refusal from Payload or the release (4xx) answered as such; anything else stays a 500. */
function answerError(error: unknown): Response {
  const cause = error as { status?: number; message?: string; data?: Record<string, unknown> }
  if (typeof cause.status !== 'number' || cause.status >= 500) throw error
  const message = cause.status === 404 ? 'id: no such release.' : String(cause.message)
  return refusal(cause.status, message, cause.data ?? {})
}

/**
 * POST /api/releases/:id/<name>: `act` runs for a signed-in user on a release id; its refusals
 * (Payload's or the release's 4xx) are answered as such.
 */
const onRelease = (
  name: string,
  act: (req: PayloadRequest, id: number) => Promise<Response>,
): Endpoint => ({
  path: `/:id/${name}`,
  method: 'post',
  handler: async (req) => {
    const id = releaseId(req)
    if (id instanceof Response) return id
    try {
      return await act(req, id)
    } catch (error) {
      return answerError(error)
    }
  },
})

const action = (name: Action, done: string) =>
  onRelease(name, async (req, id) => {
    const result = await runRelease(req, id, name)
    if ('skipped' in result) return refusal(409, result.skipped)
    return Response.json(
      { message: done, release: result.release, revalidated: result.tags },
      { headers: { 'Cache-Control': 'no-store' } },
    )
  })

/** POST /api/releases/:id/take-newer: every item takes its document's newest version. */
const takeNewer = onRelease('take-newer', async (req, id) => {
  const current = await req.payload.findByID({ collection: 'releases', id, depth: 0, req })
  if (current.status === 'published' || current.status === 'reverted') {
    return refusal(
      409,
      `status: the release is ${current.status}: its rows are what it put live and stay as they are. Make a new release for newer drafts.`,
    )
  }
  const release = await req.payload.update({
    collection: 'releases',
    id,
    data: { items: current.items, globals: current.globals },
    depth: 0,
    req,
    overrideAccess: false,
    user: req.user,
    context: { takeNewer: true },
  })
  return Response.json({ message: 'Every item now holds its newest draft.', release })
})

/** POST /api/releases/:id/add `{ collection, id }`: the document's newest draft joins the release. */
const add = onRelease('add', async (req, id) => {
  await addDataAndFileToRequest(req)
  const { release, message } = await addToRelease(req, id, documentRef(req.data))
  return Response.json({ message, release }, { headers: { 'Cache-Control': 'no-store' } })
})

/** POST /api/releases/:id/publish | revert | take-newer | add, for signed-in CMS users. */
export const releaseEndpoints: Endpoint[] = [
  action('publish', 'Release published.'),
  action('revert', 'Release reverted.'),
  takeNewer,
  add,
]
