import type {
  CollectionAfterOperationHook,
  CollectionSlug,
  GlobalAfterChangeHook,
  PayloadRequest,
} from 'payload'

// The admin's toast after a save is the REST answer's `message`, which Payload's update handlers
// pick after the operation: `general:updatedSuccessfully` for any save without `?draft`
// (payload/dist/collections/endpoints/updateByID.js, globals/endpoints/update.js). One key for
// two things: a publish where there are drafts, a plain save where there are none. The config's
// words are "Saved." (true of both); a publish says so itself through these hooks, listed by the
// collections and globals with drafts. The handler reads `req.t` from the same request, once the
// operation is over; every Local API call made with `req` resets `req.t` (createLocalReq), so
// these run last: a collection's afterOperation, a global's last afterChange.

const PUBLISHED = 'general:updatedSuccessfully'

function publishSaysPublished(req: PayloadRequest) {
  const t = req.t
  req.t = ((key: string, options?: Record<string, unknown>) =>
    key === PUBLISHED ? `${t('version:published')}.` : t(key as never, options)) as typeof t
}

const published = (doc: unknown) =>
  typeof doc === 'object' && doc !== null && (doc as { _status?: unknown })._status === 'published'

/** A save of one document, not as a draft, that leaves it published. Unpublish says its own. */
export const sayPublished = <S extends CollectionSlug>(
  hook: Parameters<CollectionAfterOperationHook<S>>[0],
) => {
  const { draft } = (hook.args ?? {}) as { draft?: boolean }
  if (hook.operation === 'updateByID' && !draft && published(hook.result)) {
    publishSaysPublished(hook.req)
  }
  return hook.result
}

/** A global's save that leaves it published (a draft save leaves `_status: 'draft'`). */
export const sayGlobalPublished: GlobalAfterChangeHook = ({ doc, req }) => {
  if (published(doc)) publishSaysPublished(req)
  return doc as unknown
}
