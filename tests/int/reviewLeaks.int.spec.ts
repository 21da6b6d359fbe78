import '../helpers/nextRuntime'

import { randomBytes } from 'node:crypto'

import type { Payload, RequiredDataFromCollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { getPublishedGuide } from '@/lib/content/guide'
import { getPublishedPage } from '@/lib/content/page'
import { getSiteSettings } from '@/lib/content/site'
import { env } from '@/lib/env'
import { twinMarkdown } from '@/lib/markdown/twin'
import { guideJsonLd, pageJsonLd } from '@/lib/seo/structuredData'
import type { Guide, Page } from '@/payload-types'

import { GET as changesFeedRoute } from '../../app/(site)/changes-feed/[slug]/route'
import sitemap from '../../app/(site)/sitemap'
import { withoutDataCache } from '../helpers/nextRuntime'
import { SEEDED_SLUG, seededGuide, signedInAs } from '../helpers/payload'
import { postReview } from '../helpers/review'
import { paragraph } from '../helpers/richText'
import { graphqlRequest, rest } from '../helpers/routes'

// A reviewer's words, posted through POST /review with real share links (a published guide's and a
// published page's), and a marketer's reply, never reach an anonymous reader: not in what the
// pages render from, the Markdown twins, /llms.txt and /llms-full.txt, the changes feed, the
// sitemap, the JSON-LD, nor REST or GraphQL at any depth. The pages' HTML, as a browser gets it,
// is crawled by tests/e2e/commentLeaks.e2e.spec.ts.

const suffix = randomBytes(4).toString('hex')
const secret = {
  body: `reviewer body ${suffix}`,
  quote: `reviewer quote ${suffix}`,
  name: `Reviewer ${suffix}`,
  label: `Link label ${suffix}`,
  verdict: `verdict body ${suffix}`,
  pageBody: `page reviewer body ${suffix}`,
  reply: `marketer reply ${suffix}`,
}
let payload: Payload
let guide: Guide
let page: Page
const links: number[] = []
const comments: number[] = []
let restoreCache = () => {}

const tokenOf = (url?: string | null) => new URL(url ?? '').searchParams.get('token') ?? ''

async function linkTo(data: Record<string, unknown>) {
  const link = await payload.create({
    collection: 'preview-links',
    data: { note: secret.label, ...data } as RequiredDataFromCollectionSlug<'preview-links'>,
  })
  links.push(link.id)
  return tokenOf(link.url)
}

async function posted(fields: Record<string, unknown>) {
  const reply = await postReview(fields)
  expect(reply.status, JSON.stringify(reply.json)).toBe(201)
  comments.push(reply.json.id as number)
  return reply.json.id as number
}

beforeAll(async () => {
  ;({ payload, guide } = await seededGuide())
  restoreCache = withoutDataCache()
  page = await payload.create({
    collection: 'pages',
    data: {
      title: `Leak probe ${suffix}`,
      layout: [{ blockType: 'prose', content: paragraph('A page reviewers comment on.') }],
      _status: 'published',
    } as RequiredDataFromCollectionSlug<'pages'>,
  })
  const guideToken = await linkTo({ guide: guide.id })
  const pageToken = await linkTo({ page: page.id })
  const thread = await posted({
    token: guideToken,
    field: 'dek',
    quote: secret.quote,
    body: secret.body,
    name: secret.name,
  })
  await posted({ token: guideToken, verdict: 'changes', body: secret.verdict, name: secret.name })
  await posted({ token: pageToken, field: 'title', body: secret.pageBody, name: secret.name })
  // On an empty database the first account is an admin: one is made first, so this one is not.
  const admin = await signedInAs(payload, 'admin', 'leak-admin')
  const editor = await signedInAs(payload, 'editor', 'leak-editor')
  const reply = await rest('POST', 'review-comments', {
    token: editor.token,
    body: { parent: thread, body: secret.reply },
  })
  expect(reply.status, JSON.stringify(reply.body)).toBe(201)
  comments.push((reply.body.doc as { id: number }).id)
  await payload.delete({ collection: 'users', where: { id: { in: [admin.id, editor.id] } } })
})

afterAll(async () => {
  restoreCache()
  await payload.delete({ collection: 'review-comments', where: { id: { in: comments } } })
  await payload.delete({ collection: 'preview-links', where: { id: { in: links } } })
  await payload.delete({ collection: 'pages', id: page.id })
})

/** Which of the secrets `text` holds. */
const leaked = (text: string) => Object.values(secret).filter((value) => text.includes(value))

describe('a review comment reaches no anonymous reader', () => {
  it('is stored, so the probes below look for something that exists', async () => {
    const { docs } = await payload.find({
      collection: 'review-comments',
      where: { id: { in: comments } },
      depth: 0,
    })
    expect(leaked(JSON.stringify(docs)).sort()).toEqual(Object.values(secret).sort())
  })

  it('not in the pages’ content, twins, /llms*.txt, the feed, the sitemap or the JSON-LD', async () => {
    const [published, publishedPage, site] = await Promise.all([
      getPublishedGuide(SEEDED_SLUG),
      getPublishedPage(page.slug),
      getSiteSettings(),
    ])
    expect(published).not.toBeNull()
    expect(publishedPage).not.toBeNull()
    const feed = await changesFeedRoute(
      new Request(`${env.SITE_URL}/guides/${SEEDED_SLUG}/changes.xml`),
      { params: Promise.resolve({ slug: SEEDED_SLUG }) },
    )
    const channels: Record<string, unknown> = {
      'guide page data': published,
      'page data': publishedPage,
      'guide twin': await twinMarkdown({ kind: 'guide', slug: SEEDED_SLUG }),
      'page twin': await twinMarkdown({ kind: 'page', slug: page.slug }),
      'index twin': await twinMarkdown({ kind: 'index' }),
      '/llms.txt': await twinMarkdown({ kind: 'llms' }),
      '/llms-full.txt': await twinMarkdown({ kind: 'llms-full' }),
      'changes feed': await feed.text(),
      sitemap: await sitemap(),
      'JSON-LD': [guideJsonLd(published!, site), pageJsonLd(publishedPage!, site)],
    }
    expect(String(channels['page twin'])).toContain(page.title)
    for (const [channel, value] of Object.entries(channels)) {
      const text = typeof value === 'string' ? value : JSON.stringify(value)
      expect(leaked(text), channel).toEqual([])
    }
  })

  it('not through REST, at any depth, nor GraphQL', async () => {
    const paths = [
      'review-comments?depth=2&limit=0',
      `review-comments/${comments[0]}`,
      `review-comments?where[body][like]=${suffix}`,
      `guides/${guide.id}?depth=3`,
      `guides/${guide.id}?depth=3&draft=true`,
      `guides?depth=3&limit=0&draft=true`,
      `pages/${page.id}?depth=3`,
      `pages?depth=3&limit=0`,
      'preview-links?depth=2&limit=0',
      'search?depth=2',
    ]
    for (const path of paths) {
      const reply = await rest('GET', path)
      expect(leaked(JSON.stringify(reply.body)), path).toEqual([])
      if (path.startsWith('review-comments') || path.startsWith('preview-links')) {
        expect(reply.status, path).toBe(403)
      }
    }
    const queries = [
      '{ ReviewComments(limit: 0) { docs { body quote reviewerName linkLabel } } }',
      `{ Guide(id: ${guide.id}) { title } }`,
    ]
    for (const query of queries) {
      const reply = await graphqlRequest({ body: { query } })
      expect(reply.status, query).toBe(401)
      expect(leaked(JSON.stringify(reply.body)), query).toEqual([])
    }
  })
})
