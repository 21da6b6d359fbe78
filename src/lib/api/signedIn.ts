import config from '@payload-config'
import { getPayload } from 'payload'

/** Whether the request carries a valid CMS session (cookie or `Authorization: JWT …`). */
export async function signedIn(request: Request): Promise<boolean> {
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: request.headers })
  return Boolean(user)
}
