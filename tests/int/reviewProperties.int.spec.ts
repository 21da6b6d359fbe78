import { randomBytes } from 'node:crypto'

import fc from 'fast-check'
import type { Payload, RequiredDataFromCollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { relationId } from '@/lib/content/relationId'
import { env } from '@/lib/env'

import { seededGuide } from '../helpers/payload'
import { draftGuide, postReview } from '../helpers/review'
import { paragraph } from '../helpers/richText'

// Generated bad posts to /review beyond reviewComments.int.spec.ts's: malformed envelopes (media
// types, JSON that is no object, repeated form keys, oversize requests), share-link tokens altered
// by a character, and places or documents a page's or a release's link does not show. Each gets a
// 4xx naming the field, and no comment is stored anywhere.

const suffix = randomBytes(4).toString('hex')
let payload: Payload
const made = { guides: [] as number[], pages: [] as number[], releases: [] as number[] }
const tokens = { guide: '', page: '', release: '' }
const ids = { guide: 0, page: 0, release: 0 }

/** A fresh share link (so the per-link limit never answers for the input) and its token. */
async function linkTo(data: Record<string, unknown>) {
  const link = await payload.create({
    collection: 'preview-links',
    data: {
      note: `Properties ${suffix}`,
      ...data,
    } as RequiredDataFromCollectionSlug<'preview-links'>,
  })
  return new URL(link.url ?? '').searchParams.get('token') ?? ''
}

const everyComment = async () => (await payload.count({ collection: 'review-comments' })).totalDocs

/** The field a refusal names: the JSON error's, or the form page's "<field>: …" line. */
function namedField(reply: Awaited<ReturnType<typeof postReview>>): string | undefined {
  const errors = reply.json.errors as { field?: string }[] | undefined
  if (errors?.[0]?.field) return errors[0].field
  return /<p[^>]*>([\w-]+):/.exec(reply.text)?.[1]
}

beforeAll(async () => {
  const seeded = await seededGuide()
  payload = seeded.payload
  const framework = relationId(seeded.guide.ranking![0]!.framework)
  const guide = await draftGuide(payload, `Properties ${suffix}`, framework)
  const page = await payload.create({
    collection: 'pages',
    data: {
      title: `Properties page ${suffix}`,
      layout: [{ blockType: 'prose', content: paragraph('Reviewed.') }],
      _status: 'draft',
    },
    draft: true,
  })
  const release = await payload.create({
    collection: 'releases',
    data: { name: `Properties release ${suffix}` },
  })
  made.guides.push(guide.id)
  made.pages.push(page.id)
  made.releases.push(release.id)
  Object.assign(ids, { guide: guide.id, page: page.id, release: release.id })
  tokens.guide = await linkTo({ guide: guide.id })
  tokens.page = await linkTo({ page: page.id })
  tokens.release = await linkTo({ release: release.id })
})

afterAll(async () => {
  await payload.delete({ collection: 'releases', where: { id: { in: made.releases } } })
  await payload.delete({ collection: 'pages', where: { id: { in: made.pages } } })
  await payload.delete({ collection: 'guides', where: { id: { in: made.guides } } })
})

describe('bad posts to /review store nothing', () => {
  it('a malformed request: another media type, JSON that is no object, repeated form keys, too big', async () => {
    const before = await everyComment()
    const good = () => ({ token: tokens.guide, field: 'dek', body: 'Fine.', name: 'Ana' })
    const JSON_TYPE = 'application/json'
    const FORM = 'application/x-www-form-urlencoded'
    const envelope = fc.oneof(
      fc
        .constantFrom('text/plain', 'multipart/form-data; boundary=x', 'application/xml', '')
        .map((type) => ({ raw: JSON.stringify(good()), type, field: 'content-type' })),
      fc
        .oneof(
          fc.constantFrom('[]', 'null', '"text"', '42', '{', '{"token":', ''),
          fc.array(fc.string(), { maxLength: 3 }).map((items) => JSON.stringify(items)),
        )
        .map((raw) => ({ raw, type: JSON_TYPE, field: 'body' })),
      fc.constantFrom('body', 'field', 'token', 'name').map((key) => ({
        raw: `${new URLSearchParams(good()).toString()}&${key}=again`,
        type: FORM,
        field: key,
      })),
      fc.integer({ min: 32 * 1024 + 1, max: 40 * 1024 }).map((size) => ({
        raw: JSON.stringify({ ...good(), body: 'x'.repeat(size) }),
        type: JSON_TYPE,
        field: 'body',
      })),
    )
    await fc.assert(
      fc.asyncProperty(envelope, async ({ raw, type, field }) => {
        const headers = { Origin: env.SITE_URL, 'Content-Type': type }
        const reply = await postReview({}, { raw, headers })
        const what = `${type}: ${raw.slice(0, 80)}`
        expect(reply.status, what).toBeGreaterThanOrEqual(400)
        expect(reply.status, what).toBeLessThan(500)
        expect(namedField(reply), what).toBe(field)
      }),
      { numRuns: 40, seed: 2301, endOnFailure: true },
    )
    expect(await everyComment()).toBe(before)
  })
  it('a share link’s token altered by a character, cut short or lengthened', async () => {
    const before = await everyComment()
    const token = tokens.guide
    const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=!+/ '
    const altered = fc.oneof(
      fc
        .tuple(fc.nat({ max: token.length - 1 }), fc.constantFrom(...ALPHABET))
        .filter(([at, char]) => token[at] !== char)
        .map(([at, char]) => `${token.slice(0, at)}${char}${token.slice(at + 1)}`),
      fc.nat({ max: token.length - 1 }).map((at) => token.slice(0, at)),
      fc.constantFrom(...ALPHABET).map((char) => `${token}${char}`),
      fc
        .tuple(fc.nat({ max: token.length }), fc.constantFrom(...ALPHABET))
        .map(([at, char]) => `${token.slice(0, at)}${char}${token.slice(at)}`),
    )
    await fc.assert(
      fc.asyncProperty(altered, fc.boolean(), async (bad, form) => {
        const reply = await postReview({ token: bad, field: 'dek', body: 'Forged.' }, { form })
        expect(reply.status, bad).toBeGreaterThanOrEqual(400)
        expect(reply.status, bad).toBeLessThan(500)
        expect(namedField(reply), bad).toBe('token')
      }),
      { numRuns: 80, seed: 2302, endOnFailure: true },
    )
    expect(await everyComment()).toBe(before)
  })

  it('a page’s or a release’s link: a place it does not have, another document, another draft', async () => {
    const before = await everyComment()
    const target = fc.constantFrom('page' as const, 'release' as const)
    const bad = fc.oneof(
      fc.record({
        key: fc.constant('field'),
        value: fc.oneof(
          fc.stringMatching(/^[a-z]{2,10}(\.[a-z0-9]{1,6}){1,2}$/),
          fc.constantFrom('layout.7', 'items.3.doc', 'slug.x', 'ranking.0', 'dek.', '.title'),
        ),
        field: fc.constant('field'),
      }),
      fc.record({
        key: fc.constant('document'),
        value: fc.constantFrom(ids.guide, ids.page, ids.release).map(String),
        field: fc.constant('document'),
      }),
      fc.record({
        key: fc.constant('version'),
        // Ids far past any version row this database holds, or hex that is no draft's key.
        value: fc.oneof(
          fc.integer({ min: 1e8, max: 1e9 }).map(String),
          fc.stringMatching(/^[a-f][0-9a-f]{0,31}$/),
        ),
        field: fc.constant('version'),
      }),
    )
    await fc.assert(
      fc.asyncProperty(target, bad, async (on, { key, value, field }) => {
        // A place another kind of document has may exist on this one: only what it lacks counts.
        const doc = await payload.findByID({
          collection: on === 'page' ? 'pages' : 'releases',
          id: ids[on],
          draft: true,
          depth: 0,
        })
        fc.pre(!(key === 'field' && hasPath(doc, value)))
        fc.pre(!(key === 'document' && Number(value) === ids[on]))
        const reply = await postReview({
          token: tokens[on],
          field: on === 'page' ? 'title' : 'name',
          body: 'About something else.',
          [key]: value,
        })
        const what = `${on} ${key}=${value}`
        expect(reply.status, what).toBeGreaterThanOrEqual(400)
        expect(reply.status, what).toBeLessThan(500)
        expect(reply.status, what).not.toBe(429)
        expect(namedField(reply), what).toBe(field)
      }),
      { numRuns: 40, seed: 2303, endOnFailure: true },
    )
    expect(await everyComment()).toBe(before)
  })
})

/** Whether a dotted path names something stored in `doc` (a release's `title` is no field). */
function hasPath(doc: unknown, path: string): boolean {
  let at: unknown = doc
  for (const key of path.split('.')) {
    if (at === null || typeof at !== 'object' || !(key in at)) return false
    at = (at as Record<string, unknown>)[key]
  }
  return at !== undefined
}
