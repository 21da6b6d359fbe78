import config from '@payload-config'
import { getPayload } from 'payload'

import { submitReview } from '@/lib/review/submit'

// A reviewer's comment or verdict through a share link (src/lib/review/submit.ts). POST only:
// any other method gets 405.
export async function POST(request: Request): Promise<Response> {
  return submitReview(request, await getPayload({ config }))
}

export const dynamic = 'force-dynamic'
