import { payloadClient } from '@/lib/payload'

/** Whether the request carries a valid CMS session (cookie or `Authorization: JWT …`). */
export async function signedIn(request: Request): Promise<boolean> {
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: request.headers })
  return Boolean(user)
}
