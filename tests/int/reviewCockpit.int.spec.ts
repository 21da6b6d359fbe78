import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { reviewCockpit, reviewedKey } from '@/lib/cockpit/review'
import { lastReviewVisit, noteReviewVisit } from '@/lib/cockpit/reviewSeen'
import { relationId } from '@/lib/content/relationId'
import type { Guide, User } from '@/payload-types'

import { seededGuide } from '../helpers/payload'
import { draftGuide, postReview, shareLink } from '../helpers/review'
import { rest } from '../helpers/routes'

// The cockpit's Review section reads: open threads newest first with their place, the count of
// new ones since the user's last visit, verdicts per document and per release as the approval
// gate reads them, and "changes requested" beside the document.

const suffix = randomBytes(4).toString('hex')
let payload: Payload
let framework: number
let guide: Guide
let token: string
let editor: User
let jwt: string
const guides: number[] = []
const users: number[] = []

beforeAll(async () => {
  const seeded = await seededGuide()
  payload = seeded.payload
  framework = relationId(seeded.guide.ranking![0]!.framework)
  guide = await draftGuide(payload, `Cockpit review ${suffix}`, framework)
  guides.push(guide.id)
  ;({ token } = await shareLink(payload, guide.id, { note: `Legal ${suffix}` }))
  const email = `cockpit-review-${suffix}@example.com`
  const password = `pw-${suffix}`
  editor = await payload.create({
    collection: 'users',
    data: { email, password, role: 'editor' },
  })
  users.push(editor.id)
  jwt = (await payload.login({ collection: 'users', data: { email, password } })).token!
})

afterAll(async () => {
  await payload.delete({ collection: 'guides', where: { id: { in: guides } } })
  await payload.delete({ collection: 'users', where: { id: { in: users } } })
})

const comment = async (field: string, body: string, quote = '') => {
  const posted = await postReview({ token, field, body, quote, name: 'Rita' })
  expect(posted.status, JSON.stringify(posted.json)).toBe(201)
  return posted.json.id as number
}
const mine = <T extends { document: { id: number } }>(threads: T[]) =>
  threads.filter((thread) => guides.includes(thread.document.id))
const pause = () => new Promise((resolve) => setTimeout(resolve, 5))

describe('the cockpit’s Review section', () => {
  it('lists open threads newest first with their place, and counts the new ones since the last visit', async () => {
    const first = await comment('dek', `The dek oversells ${suffix}`, 'Dek of')
    await pause()
    const seen = new Date().toISOString()
    await pause()
    const second = await comment(`ranking:${framework}.blurb`, `Blurb is wrong ${suffix}`)

    const never = await reviewCockpit(payload, editor, { since: null })
    expect(mine(never.threads).map((t) => [t.comment.id, t.place, t.isNew])).toEqual([
      [second, expect.stringMatching(/: blurb$/), true],
      [first, 'Intro', true],
    ])
    expect(never.newCount).toBe(never.openCount)

    const later = await reviewCockpit(payload, editor, { since: seen })
    expect(mine(later.threads).map((t) => [t.comment.id, t.isNew])).toEqual([
      [second, true],
      [first, false],
    ])
    expect(later.newCount).toBe(never.newCount - 1)
    expect(mine(later.threads)[0]!.document).toMatchObject({
      collection: 'guides',
      id: guide.id,
      title: guide.title,
    })
    expect(mine(later.threads)[0]!.comment.linkLabel).toBe(`Legal ${suffix}`)

    // A marketer's reply joins the thread (not a thread of its own); a resolved thread leaves.
    const reply = await rest('POST', 'review-comments', {
      token: jwt,
      body: {
        document: { relationTo: 'guides', value: guide.id },
        field: 'dek',
        body: 'Toned down.',
        parent: first,
      },
    })
    expect(reply.status, JSON.stringify(reply.body)).toBe(201)
    const resolved = await rest('PATCH', `review-comments/${first}`, {
      token: jwt,
      body: { state: 'resolved' },
    })
    expect(resolved.status, JSON.stringify(resolved.body)).toBe(200)
    const after = await reviewCockpit(payload, editor, { since: seen })
    expect(mine(after.threads).map((t) => t.comment.id)).toEqual([second])
    expect(after.openCount).toBe(later.openCount - 1)
  })

  it('keeps each user’s last visit: unset at first, noted as of the time given, not another user’s', async () => {
    const other = await payload.create({
      collection: 'users',
      data: { email: `other-${suffix}@example.com`, password: `pw-${suffix}`, role: 'editor' },
    })
    users.push(other.id)
    expect(await lastReviewVisit(payload, editor)).toBeNull()
    const at = '2026-12-01T10:00:00.000Z'
    await noteReviewVisit(payload, editor, at)
    expect(await lastReviewVisit(payload, editor)).toBe(at)
    expect(await lastReviewVisit(payload, other)).toBeNull()
    // Nobody sets it through the API, not even their own.
    const forged = await rest('PATCH', `users/${editor.id}`, {
      token: jwt,
      body: { reviewsSeenAt: '2030-01-01T00:00:00.000Z' },
    })
    expect(forged.status).toBeLessThan(500)
    expect(await lastReviewVisit(payload, editor)).toBe(at)
  })

  it('reads each document’s verdicts as the gate does: changes requested, approved, then for an earlier draft', async () => {
    const reviewed = await draftGuide(payload, `Verdicts ${suffix}`, framework, {
      requireApproval: true,
    })
    guides.push(reviewed.id)
    const link = await shareLink(payload, reviewed.id)
    const stateOf = async () => {
      const read = await reviewCockpit(payload, editor)
      const row = read.documents.find((d) => d.document.id === reviewed.id)
      return {
        state: row?.state,
        required: row?.document.required,
        changes: read.changesRequested.has(reviewedKey({ collection: 'guides', id: reviewed.id })),
      }
    }
    expect(
      (await reviewCockpit(payload, editor)).documents.map((d) => d.document.id),
    ).not.toContain(reviewed.id)
    expect((await postReview({ token: link.token, verdict: 'changes' })).status).toBe(201)
    expect(await stateOf()).toEqual({ state: 'changes', required: true, changes: true })
    await pause()
    expect((await postReview({ token: link.token, verdict: 'approve' })).status).toBe(201)
    expect(await stateOf()).toEqual({ state: 'approved', required: true, changes: false })
    const edited = await rest('PATCH', `guides/${reviewed.id}?draft=true`, {
      token: jwt,
      body: { _status: 'draft', dek: 'Another draft' },
    })
    expect(edited.status, JSON.stringify(edited.body)).toBe(200)
    expect(await stateOf()).toEqual({ state: 'earlier-draft', required: true, changes: false })
  })

  it('lists a release’s verdicts under releases, apart from documents', async () => {
    const release = await payload.create({
      collection: 'releases',
      data: {
        name: `Reviewed release ${suffix}`,
        items: [{ doc: { relationTo: 'guides', value: guide.id } }],
      } as never,
    })
    try {
      const link = await payload.create({
        collection: 'preview-links',
        data: { release: release.id, note: 'Release review' } as never,
      })
      const releaseToken = new URL(link.url ?? '').searchParams.get('token') ?? ''
      expect((await postReview({ token: releaseToken, verdict: 'changes' })).status).toBe(201)
      const read = await reviewCockpit(payload, editor)
      expect(read.releases.find((r) => r.document.id === release.id)).toMatchObject({
        document: { collection: 'releases', title: `Reviewed release ${suffix}` },
        state: 'changes',
        count: 1,
      })
      expect(read.documents.map((d) => reviewedKey(d.document))).not.toContain(
        `releases:${release.id}`,
      )
    } finally {
      await payload.delete({ collection: 'releases', id: release.id })
    }
  })

  it('a thread whose place is gone from the draft can still be answered and resolved', async () => {
    const seeded = await seededGuide()
    const [one, two] = seeded.guide.ranking!.map((row) => relationId(row.framework))
    const moving = await draftGuide(payload, `Gone ${suffix}`, one!, {
      ranking: [{ framework: one }, { framework: two }],
    })
    guides.push(moving.id)
    const link = await shareLink(payload, moving.id)
    const posted = await postReview({
      token: link.token,
      field: `ranking:${two}`,
      body: 'Why here?',
    })
    expect(posted.status, JSON.stringify(posted.json)).toBe(201)
    const edited = await rest('PATCH', `guides/${moving.id}?draft=true`, {
      token: jwt,
      body: { _status: 'draft', ranking: [{ framework: one }] },
    })
    expect(edited.status, JSON.stringify(edited.body)).toBe(200)
    const reply = await rest('POST', 'review-comments', {
      token: jwt,
      body: {
        document: { relationTo: 'guides', value: moving.id },
        field: `ranking:${two}`,
        body: 'Dropped it.',
        parent: posted.json.id,
      },
    })
    expect(reply.status, JSON.stringify(reply.body)).toBe(201)
    const resolved = await rest('PATCH', `review-comments/${String(posted.json.id)}`, {
      token: jwt,
      body: { state: 'resolved' },
    })
    expect(resolved.status, JSON.stringify(resolved.body)).toBe(200)
  })
})
