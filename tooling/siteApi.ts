// The site's REST API as tests and benchmarks use it: an admin's token, a document by slug.

export type Credentials = { email: string; password: string }

const tokens = new Map<string, Promise<string>>()

/**
 * A JWT for `credentials` on the site at `base`, for `Authorization: JWT …`. On a fresh site the
 * account is first created as its first admin, as the first visit to /admin would (a site that has
 * one already keeps it). One sign-in per site and account.
 */
export function adminToken(base: string, credentials: Credentials): Promise<string> {
  const key = `${base} ${credentials.email}`
  let token = tokens.get(key)
  if (!token) {
    token = signIn(base, credentials)
    token.catch(() => tokens.delete(key))
    tokens.set(key, token)
  }
  return token
}

async function signIn(base: string, credentials: Credentials): Promise<string> {
  const json = { 'Content-Type': 'application/json' }
  const registered = await fetch(`${base}/api/users/first-register`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ ...credentials, 'confirm-password': credentials.password }),
  })
  if (!registered.ok && registered.status !== 403) {
    throw new Error(`first-register: HTTP ${registered.status} ${await registered.text()}`)
  }
  const login = await fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify(credentials),
  })
  const { token } = (await login.json()) as { token?: string }
  if (!token) throw new Error(`login failed: HTTP ${login.status}`)
  return token
}

export const authHeader = (token: string) => ({ Authorization: `JWT ${token}` })

/**
 * The document of `collection` whose slug is `slug`, as an admin reads it: its newest draft, or
 * with `{ draft: false }` what readers see.
 */
export async function docBySlug<T extends object = Record<string, unknown>>(
  base: string,
  token: string,
  collection: 'frameworks' | 'guides' | 'caveats',
  slug: string,
  // Caveats have no slug: they are found by their (unique) label.
  { draft = true, field = 'slug' }: { draft?: boolean; field?: 'slug' | 'label' } = {},
): Promise<T & { id: number }> {
  const url = `${base}/api/${collection}?where[${field}][equals]=${encodeURIComponent(slug)}&depth=0&draft=${draft}`
  const response = await fetch(url, { headers: authHeader(token) })
  const { docs } = (await response.json()) as { docs?: (T & { id: number })[] }
  const doc = docs?.[0]
  if (!doc)
    throw new Error(`no ${collection} with slug ${slug} at ${base} (HTTP ${response.status})`)
  return doc
}
