import { randomBytes } from 'node:crypto'

import fc from 'fast-check'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { relationId } from '@/lib/content/relationId'
import { signPreviewToken } from '@/lib/preview/tokens'
import type { Guide } from '@/payload-types'

import { seededGuide } from '../helpers/payload'
import { commentCount, draftGuide, postReview, shareLink } from '../helpers/review'
import { graphqlRequest, rest } from '../helpers/routes'

// A reviewer's comments through POST /review: stored with the link's label and the draft seen,
// refused (4xx, nothing stored) for a bad link, another site, bad input or too many at once, and
// never readable without a CMS login.

const suffix = randomBytes(4).toString('hex')
let payload: Payload
let guide: Guide
let other: Guide
let token: string
let linkId: number
const guides: number[] = []

beforeAll(async () => {
  const seeded = await seededGuide()
  payload = seeded.payload
  const framework = relationId(seeded.guide.ranking![0]!.framework)
  guide = await draftGuide(payload, `Review ${suffix}`, framework)
  other = await draftGuide(payload, `Review other ${suffix}`, framework)
  guides.push(guide.id, other.id)
  ;({
    token,
    link: { id: linkId },
  } = await shareLink(payload, guide.id))
})

afterAll(async () => {
  await payload.delete({ collection: 'guides', where: { id: { in: guides } } })
})

const newestVersion = async (id: number) => {
  const { docs } = await payload.findVersions({
    collection: 'guides',
    where: { parent: { equals: id } },
    sort: '-updatedAt',
    limit: 1,
  })
  return String(docs[0]!.id)
}

describe('a reviewer’s comment through /review', () => {
  it('a form post is stored with the link’s label and the draft seen, and answers 303 to the section', async () => {
    const reply = await postReview(
      {
        token,
        field: 'dek',
        quote: 'Dek of',
        body: 'This sentence about Django is wrong.',
        name: 'Ana',
        path: `/guides/${guide.slug}`,
      },
      { form: true },
    )
    expect(reply.status).toBe(303)
    expect(reply.headers.get('location')).toBe(`/guides/${guide.slug}#review-dek`)
    const { docs } = await payload.find({
      collection: 'review-comments',
      where: { body: { equals: 'This sentence about Django is wrong.' } },
    })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({
      document: { relationTo: 'guides', value: { id: guide.id } },
      field: 'dek',
      quote: 'Dek of',
      reviewerName: 'Ana',
      linkLabel: 'Legal review',
      kind: 'comment',
      state: 'open',
    })
    // The draft seen: the guide's version row, with a digest of the drafts it shows.
    expect(docs[0]!.draftVersion).toMatch(
      new RegExp(`^${await newestVersion(guide.id)}\\.[0-9a-f]{16}$`),
    )
    expect(relationId(docs[0]!.link!)).toBe(linkId)
  })

  it('JSON answers 201 with the id; a ranked entry is anchored by its row id', async () => {
    const draft = await payload.findByID({
      collection: 'guides',
      id: guide.id,
      draft: true,
      depth: 0,
    })
    const row = draft.ranking![0]!.id!
    const reply = await postReview({ token, field: row, body: 'FastAPI’s blurb undersells it.' })
    expect(reply.status, JSON.stringify(reply.json)).toBe(201)
    const stored = await payload.findByID({
      collection: 'review-comments',
      id: reply.json.id as number,
    })
    expect(stored.field).toBe(row)
    expect(stored.body).toBe('FastAPI’s blurb undersells it.')
  })

  it('a revoked, expired or read-only link is refused with 403 and nothing is stored', async () => {
    const revoked = await shareLink(payload, guide.id)
    await payload.update({
      collection: 'preview-links',
      id: revoked.link.id,
      data: { revoked: true },
    })
    const expired = await shareLink(payload, guide.id)
    // The token still claims a future expiry; the stored link has passed its own.
    await payload.db.updateOne({
      collection: 'preview-links',
      id: expired.link.id,
      data: { expiresAt: new Date(Date.now() - 1000).toISOString() },
    })
    const readOnly = await shareLink(payload, guide.id, { readOnly: true })
    const before = await commentCount(payload, guide.id)
    for (const [name, link] of Object.entries({ revoked, expired, readOnly })) {
      const reply = await postReview({ token: link.token, field: 'dek', body: `via ${name}` })
      expect(reply.status, name).toBe(403)
      expect(reply.json.errors, name).toEqual([expect.objectContaining({ field: 'token' })])
    }
    const formReply = await postReview(
      { token: readOnly.token, field: 'dek', body: 'x' },
      { form: true },
    )
    expect(formReply.status).toBe(403)
    expect(formReply.text).toContain('read-only')
    expect(await commentCount(payload, guide.id)).toBe(before)
  })

  it('another site’s page cannot post through the reviewer’s browser', async () => {
    const before = await commentCount(payload, guide.id)
    const from: Record<string, string>[] = [
      { Origin: 'https://evil.example' },
      { 'Sec-Fetch-Site': 'cross-site' },
      {},
      { Origin: 'null' },
      { Origin: 'null', 'Sec-Fetch-Site': 'cross-site' },
    ]
    for (const headers of from) {
      const reply = await postReview({ token, field: 'dek', body: 'cross' }, { headers })
      expect(reply.status, JSON.stringify(headers)).toBe(403)
    }
    expect(
      (
        await postReview(
          { token, field: 'dek', body: 'same' },
          { headers: { 'Sec-Fetch-Site': 'same-origin' } },
        )
      ).status,
    ).toBe(201)
    // A preview page's posts: its no-referrer policy makes the browser send Origin: null.
    const fromPreview = { Origin: 'null', 'Sec-Fetch-Site': 'same-origin' }
    expect(
      (await postReview({ token, field: 'dek', body: 'same' }, { headers: fromPreview })).status,
    ).toBe(201)
    expect(await commentCount(payload, guide.id)).toBe(before + 2)
  })

  it('bad input (types, sizes, unknown anchors, another document, forged tokens) gets a 4xx naming the field, and nothing is stored', async () => {
    const { link: fuzzLink, token: fuzzToken } = await shareLink(payload, guide.id)
    const forged = signPreviewToken(
      { link: fuzzLink.id, guide: guide.id, exp: Math.floor(Date.now() / 1000) + 3600 },
      'not-the-secret',
    )
    const otherDocs = signPreviewToken(
      { link: fuzzLink.id, guide: other.id, exp: Math.floor(Date.now() / 1000) + 3600 },
      payload.secret,
    )
    const before = await commentCount(payload, guide.id)
    const junk = fc.oneof(
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.string(), { maxLength: 2 }),
      fc.object({ maxDepth: 1 }),
    )
    const bad = fc.oneof(
      // a field of the wrong type
      fc.record({ key: fc.constantFrom('field', 'quote', 'body', 'name', 'verdict'), value: junk }),
      // too long
      fc
        .constantFrom(['quote', 501], ['body', 5001], ['name', 81], ['field', 201] as const)
        .chain(([key, size]) =>
          fc.integer({ min: size, max: size + 50 }).map((n) => ({ key, value: 'x'.repeat(n) })),
        ),
      // an anchor that is no field or block of the guide
      fc.record({
        key: fc.constant('field'),
        value: fc.oneof(
          fc.stringMatching(/^[a-z]{3,12}\.nope$/),
          fc.constantFrom('ranking.99', 'title.x', '.', 'cta..heading', 'nonexistent'),
        ),
      }),
      // a control character
      fc.record({
        key: fc.constantFrom('body', 'name', 'quote'),
        value: fc.integer({ min: 0, max: 8 }).map((c) => `a${String.fromCharCode(c)}b`),
      }),
      fc.record({ key: fc.constant('verdict'), value: fc.constantFrom('yes', 'APPROVE', 'maybe') }),
      fc.record({ key: fc.constant('document'), value: fc.constant(String(other.id)) }),
      fc.record({ key: fc.constant('version'), value: fc.constantFrom('999999999', 'abc', '0') }),
      fc.record({
        key: fc.constant('token'),
        value: fc.constantFrom(forged, otherDocs, 'x.y', ''),
      }),
      fc.record({ key: fc.stringMatching(/^[a-z]{1,8}$/).map((k) => `x${k}`), value: fc.string() }),
    )
    let runs = 0
    let current = fuzzToken
    await fc.assert(
      fc.asyncProperty(bad, fc.boolean(), async ({ key, value }, asForm) => {
        // A fresh link every 25 posts: the per-link limit (30 a minute) must not answer for the input.
        if (++runs % 25 === 0) current = (await shareLink(payload, guide.id)).token
        const form = asForm && typeof value === 'string'
        const fields = { token: current, field: 'dek', body: 'Fine.', [key]: value }
        const reply = await postReview(fields, { form })
        const what = `${key}=${JSON.stringify(value)}`
        expect(reply.status, what).toBeGreaterThanOrEqual(400)
        expect(reply.status, what).toBeLessThan(500)
        expect(reply.status, what).not.toBe(429)
        if (form) expect(reply.text, what).toContain(key)
        else
          expect(
            (reply.json.errors as { field?: unknown }[] | undefined)?.[0]?.field,
            what,
          ).toEqual(expect.stringMatching(/./))
      }),
      { numRuns: 60, seed: 23, endOnFailure: true },
    )
    expect(await commentCount(payload, guide.id)).toBe(before)
    expect(await commentCount(payload, other.id)).toBe(0)
  })

  it(
    'more than 30 a minute through one link get 429, and are not stored',
    async () => {
      // Start well inside a minute: the limit is a fixed one-minute window.
      const into = Date.now() % 60_000
      if (into > 45_000) await new Promise((resolve) => setTimeout(resolve, 60_500 - into))
      const busy = await shareLink(payload, guide.id)
      const before = await commentCount(payload, guide.id)
      const statuses: number[] = []
      for (let n = 0; n < 31; n++) {
        statuses.push((await postReview({ token: busy.token, field: 'dek', body: `n${n}` })).status)
      }
      expect(statuses.slice(0, 30)).toEqual(Array(30).fill(201))
      expect(statuses[30]).toBe(429)
      expect(await commentCount(payload, guide.id)).toBe(before + 30)
    },
    60_000 * 2,
  )
})

describe('comments are never public', () => {
  it('anonymous REST and GraphQL reads of review-comments are refused; a signed-in user reads them', async () => {
    const list = await rest('GET', 'review-comments')
    expect(list.status).toBe(403)
    const { docs } = await payload.find({ collection: 'review-comments', limit: 1 })
    const one = await rest('GET', `review-comments/${docs[0]!.id}`)
    expect(one.status).toBe(403)
    expect(JSON.stringify(one.body)).not.toContain(docs[0]!.body ?? '')
    const gql = await graphqlRequest({
      body: { query: '{ ReviewComments { docs { body quote } } }' },
    })
    expect(JSON.stringify(gql.body)).not.toContain('Django')
    expect(gql.body.data?.ReviewComments ?? null).toBeNull()

    const email = `review-${suffix}@example.com`
    await payload.create({
      collection: 'users',
      data: { email, password: `pw-${suffix}`, role: 'editor' },
    })
    const { token: jwt } = await payload.login({
      collection: 'users',
      data: { email, password: `pw-${suffix}` },
    })
    const signedIn = await rest('GET', 'review-comments?limit=100', { token: jwt })
    expect(signedIn.status).toBe(200)
    expect(JSON.stringify(signedIn.body)).toContain('Django')
    await payload.delete({ collection: 'users', where: { email: { equals: email } } })
  })

  it('a reply from the admin joins the thread and names its author; resolving closes it', async () => {
    const { docs } = await payload.find({
      collection: 'review-comments',
      where: { body: { equals: 'This sentence about Django is wrong.' } },
    })
    const thread = docs[0]!
    const email = `replier-${suffix}@example.com`
    const user = await payload.create({
      collection: 'users',
      data: { email, password: `pw-${suffix}`, role: 'editor' },
    })
    const { token: jwt } = await payload.login({
      collection: 'users',
      data: { email, password: `pw-${suffix}` },
    })
    const reply = await rest('POST', 'review-comments', {
      token: jwt,
      body: {
        parent: thread.id,
        body: 'Fixed, thanks.',
        field: 'ignored',
        document: { relationTo: 'guides', value: other.id },
      },
    })
    expect(reply.status).toBe(201)
    const stored = (reply.body.doc ?? {}) as Record<string, unknown>
    expect(stored.field).toBe('dek')
    expect(relationId(stored.parent as number)).toBe(thread.id)
    expect(relationId(stored.author as number)).toBe(user.id)
    expect(stored.document).toMatchObject({ relationTo: 'guides' })
    expect(relationId((stored.document as { value: number }).value)).toBe(guide.id)
    const resolved = await rest('PATCH', `review-comments/${thread.id}`, {
      token: jwt,
      body: { state: 'resolved' },
    })
    expect(resolved.status).toBe(200)
    expect((await payload.findByID({ collection: 'review-comments', id: thread.id })).state).toBe(
      'resolved',
    )
    await payload.delete({ collection: 'review-comments', id: stored.id as number })
    await payload.delete({ collection: 'users', id: user.id })
  })

  it('deleting the guide deletes its comments', async () => {
    const framework = relationId(guide.ranking![0]!.framework)
    const doomed = await draftGuide(payload, `Doomed ${suffix}`, framework)
    const link = await shareLink(payload, doomed.id)
    expect((await postReview({ token: link.token, field: 'title', body: 'Bye.' })).status).toBe(201)
    expect(await commentCount(payload, doomed.id)).toBe(1)
    await payload.delete({ collection: 'guides', id: doomed.id })
    expect(await commentCount(payload, doomed.id)).toBe(0)
  })
})
