import type { Endpoint } from 'payload'

import { PRIVATE_HEADERS } from '@/lib/http/responses'
import { documentForPath, isRelativePath } from '@/lib/preview/shareLinks'

export const EDIT_LINK_PATH = '/edit-link'

/**
 * GET /api/edit-link?path=/guides/x: where a signed-in CMS user edits the document a site path
 * shows (`{ url }`), for the "Edit this page" link. 401 for anyone else, 404 for a path that shows
 * no document (the guides index).
 */
export const editLinkEndpoint: Endpoint = {
  path: EDIT_LINK_PATH,
  method: 'get',
  handler: async (req) => {
    const answer = (status: number, body: object) =>
      Response.json(body, { status, headers: PRIVATE_HEADERS })
    if (!req.user) return answer(401, { errors: [{ message: 'Sign in to edit.' }] })
    const path = req.searchParams.get('path') ?? ''
    if (!isRelativePath(path)) {
      return answer(400, { errors: [{ message: '`path` must be a path on this site.' }] })
    }
    const target = await documentForPath(req.payload, path)
    if (!target) return answer(404, { errors: [{ message: 'This page has no document to edit.' }] })
    const url = `${req.payload.config.routes.admin}/collections/${target.relationTo}/${target.value}`
    return answer(200, { url })
  },
}
