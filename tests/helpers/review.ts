import type { Payload, RequiredDataFromCollectionSlug } from 'payload'

import { POST } from '../../app/(site)/review/route'
import { env } from '@/lib/env'
import type { PreviewLink } from '@/payload-types'

/** A share link for a guide, and the token in its URL. */
export async function shareLink(
  payload: Payload,
  guide: number,
  extra: Partial<PreviewLink> = {},
): Promise<{ link: PreviewLink; token: string }> {
  const link = await payload.create({
    collection: 'preview-links',
    // The generated type calls expiresAt required; the collection gives it a default.
    data: {
      guide,
      note: 'Legal review',
      ...extra,
    } as RequiredDataFromCollectionSlug<'preview-links'>,
  })
  return { link, token: new URL(link.url ?? '').searchParams.get('token') ?? '' }
}

type PostOptions = { form?: boolean; headers?: Record<string, string>; raw?: string }

/** POST /review through the route handler, from this site's page unless `headers` say otherwise. */
export async function postReview(
  fields: Record<string, unknown>,
  { form = false, headers = { Origin: env.SITE_URL }, raw }: PostOptions = {},
) {
  const body =
    raw ??
    (form
      ? new URLSearchParams(fields as Record<string, string>).toString()
      : JSON.stringify(fields))
  const response = await POST(
    new Request(new URL('/review', env.SITE_URL), {
      method: 'POST',
      headers: {
        'Content-Type': form ? 'application/x-www-form-urlencoded' : 'application/json',
        ...headers,
      },
      body,
    }),
  )
  const text = await response.text()
  let json: Record<string, unknown> = {}
  try {
    json = JSON.parse(text) as Record<string, unknown>
  } catch {
    json = { text }
  }
  return { status: response.status, headers: response.headers, json, text }
}

/** How many comments and verdicts are stored about the guide. */
export async function commentCount(payload: Payload, guide: number): Promise<number> {
  const { totalDocs } = await payload.count({
    collection: 'review-comments',
    where: {
      and: [
        { 'document.relationTo': { equals: 'guides' } },
        { 'document.value': { equals: guide } },
      ],
    },
  })
  return totalDocs
}

/** A draft guide of its own, ranking the framework. */
export async function draftGuide(payload: Payload, name: string, framework: number, extra = {}) {
  return payload.create({
    collection: 'guides',
    data: {
      title: name,
      dek: `Dek of ${name}`,
      cta: { heading: name },
      ranking: [{ framework }],
      _status: 'draft',
      ...extra,
    } as never,
    draft: true,
  })
}
