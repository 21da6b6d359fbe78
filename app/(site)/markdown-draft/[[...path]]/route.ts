import config from '@payload-config'
import type { NextRequest } from 'next/server'
import { getPayload } from 'payload'

import { getSiteSettings } from '@/lib/content/site'
import { MARKDOWN_CONTENT_TYPE } from '@/lib/http/markdownTwin'
import { PRIVATE_HEADERS } from '@/lib/http/responses'
import { twinMarkdown, twinTarget, type TwinTarget } from '@/lib/markdown/twin'
import { canPreview } from '@/lib/preview/access'
import { checkPreviewToken, idBySlug } from '@/lib/preview/shareLinks'

// Twins for someone who may see drafts: a share-link holder (?token=, the link's own token) or
// a browser in draft mode (proxy.ts sends those here). Never cached, never indexed.
export const dynamic = 'force-dynamic'

type Context = { params: Promise<{ path?: string[] }> }

const text = (status: number, message: string) =>
  new Response(`${message}\n`, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', ...PRIVATE_HEADERS },
  })

/** Whether this request may read the drafts of `target`; a refused token says why. */
async function mayPreview(
  request: NextRequest,
  target: TwinTarget,
): Promise<true | false | Response> {
  if (target.kind !== 'guide' && target.kind !== 'page') return false
  const collection = target.kind === 'guide' ? 'guides' : 'pages'
  const token = request.nextUrl.searchParams.get('token')
  if (!token) return canPreview(collection, target.slug)
  const payload = await getPayload({ config })
  const id = await idBySlug(payload, collection, target.slug)
  const check = await checkPreviewToken(
    payload,
    token,
    id === undefined ? undefined : { relationTo: collection, value: id },
  )
  return check.ok ? true : text(check.status, check.message)
}

export async function GET(request: NextRequest, { params }: Context) {
  const segments = (await params).path ?? []
  const target = twinTarget(segments, (await getSiteSettings()).homeGuideSlug)
  if (!target) return text(404, 'Not found: nothing is published at this address.')
  const allowed = await mayPreview(request, target)
  if (allowed instanceof Response) return allowed
  // A preview follows the reader's weights too (`?w=`, kept by proxy.ts with the token).
  const markdown = await twinMarkdown(target, allowed, request.nextUrl.searchParams.getAll('w'))
  if (markdown === null) return text(404, 'Not found: nothing is published at this address.')
  return new Response(markdown, {
    headers: { 'Content-Type': MARKDOWN_CONTENT_TYPE, Vary: 'Accept', ...PRIVATE_HEADERS },
  })
}
