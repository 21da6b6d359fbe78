import type { SanitizedConfig } from 'payload'

import { apiProblem, BODY_LIMITS, checkRequest } from './requestGuard'
import { unservedRoute } from './unservedRoutes'
import { collectionFields, whereFieldProblem } from './whereFields'

// Apart from requestGuard.ts because it reads Payload's config: proxy.ts uses requestGuard.ts and
// must not bundle Payload.

type Handler<Context> = (request: Request, context: Context) => Promise<Response>

/**
 * Wraps one of Payload's REST route handlers: the request checks of requestGuard.ts, `where`
 * conditions checked against the collection's fields (whereFields.ts), and 404 for the routes
 * Payload mounts but cannot serve here (unservedRoutes.ts).
 */
export function guardRest<Context>(
  handler: Handler<Context>,
  config: Promise<SanitizedConfig>,
): Handler<Context> {
  return async (request, context) => {
    const resolved = await config
    const { pathname } = new URL(request.url)
    if (unservedRoute(resolved, pathname)) {
      return apiProblem(404, 'There is no API route at this address.')
    }
    const fields = collectionFields(resolved, pathname)
    const checked = await checkRequest(request, {
      json: BODY_LIMITS.jsonBytes,
      multipart: BODY_LIMITS.multipartBytes,
      checkQuery: fields && ((params) => whereFieldProblem(fields, params)),
    })
    return checked.ok ? handler(checked.request, context) : checked.response
  }
}
