import type { Access, FieldAccess, Where } from 'payload'

import type { User } from '@/payload-types'

const published: Where = { _status: { equals: 'published' } }

/** The role of a signed-in user, whatever shape `req.user` arrives in. */
export const roleOf = (user: unknown): User['role'] | undefined =>
  user && typeof user === 'object' && 'role' in user ? (user as User).role : undefined

export const anyone: Access = () => true

export const authenticated: Access = ({ req }) => Boolean(req.user)

/** Readers see published documents only; signed-in marketers also see drafts. */
export const publishedOrAuthenticated: Access = ({ req }) => (req.user ? true : published)

export const isAdmin: Access = ({ req }) => roleOf(req.user) === 'admin'

export const isAdminOrSelf: Access = ({ req }) => {
  if (roleOf(req.user) === 'admin') return true
  return req.user ? { id: { equals: req.user.id } } : false
}

/** Boolean form, for the admin panel gate that takes no query. */
export const isSignedIn = ({ req }: { req: { user?: unknown } }): boolean => Boolean(req.user)

export const isAdminField: FieldAccess = ({ req }) => roleOf(req.user) === 'admin'

/** Content with drafts: readers see what is published, signed-in marketers edit everything. */
export const editorialAccess = {
  read: publishedOrAuthenticated,
  create: authenticated,
  update: authenticated,
  delete: authenticated,
}
