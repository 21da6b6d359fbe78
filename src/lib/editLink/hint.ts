import type {
  CollectionAfterLoginHook,
  CollectionAfterLogoutHook,
  CollectionAfterRefreshHook,
  PayloadRequest,
} from 'payload'

import { env } from '@/lib/env'

import { EDITOR_HINT_COOKIE } from './script'

const secure = env.SITE_URL.startsWith('https://') ? '; Secure' : ''
const hint = (maxAge: number) =>
  `${EDITOR_HINT_COOKIE}=${maxAge > 0 ? '1' : ''}; Path=/; Max-Age=${maxAge}; SameSite=Lax${secure}`

/** Payload's REST handlers add `req.responseHeaders` to their answer (Set-Cookie included). */
function setHint(req: PayloadRequest, maxAge: number) {
  req.responseHeaders ??= new Headers()
  req.responseHeaders.append('Set-Cookie', hint(Math.max(0, Math.floor(maxAge))))
}

/** Lives as long as the session token: signing in sets it, each token refresh extends it. */
export const setEditorHint: CollectionAfterLoginHook = ({ collection, req }) => {
  setHint(req, collection.auth.tokenExpiration)
}

export const extendEditorHint: CollectionAfterRefreshHook = ({ exp, req }) => {
  setHint(req, exp - Date.now() / 1000)
}

export const clearEditorHint: CollectionAfterLogoutHook = ({ req }) => {
  setHint(req, 0)
}
