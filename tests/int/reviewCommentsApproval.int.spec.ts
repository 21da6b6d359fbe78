import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { relationId } from '@/lib/content/relationId'
import type { Guide } from '@/payload-types'

import { frameworkData, seededGuide } from '../helpers/payload'
import { draftGuide, postReview, shareLink } from '../helpers/review'
import { paragraph } from '../helpers/richText'
import { rest } from '../helpers/routes'

// "Publishing needs an approval": a publish is a 409 naming what is missing until a reviewer
// approves the current draft through a share link; an approval of an earlier draft does not
// count; an admin's override lets one publish through and is recorded.

const suffix = randomBytes(4).toString('hex')
const MISSING = 'needs an approval of the current draft through a share link'
let payload: Payload
let framework: number
const guides: number[] = []
const users: number[] = []
const frameworks: number[] = []
const jwt: Record<'admin' | 'editor', string> = { admin: '', editor: '' }

beforeAll(async () => {
  const seeded = await seededGuide()
  payload = seeded.payload
  framework = relationId(seeded.guide.ranking![0]!.framework)
  for (const role of ['admin', 'editor'] as const) {
    const email = `approval-${role}-${suffix}@example.com`
    const password = `pw-${role}-${suffix}`
    const user = await payload.create({ collection: 'users', data: { email, password, role } })
    users.push(user.id)
    jwt[role] = (await payload.login({ collection: 'users', data: { email, password } })).token!
  }
})

afterAll(async () => {
  await payload.delete({ collection: 'guides', where: { id: { in: guides } } })
  await payload.delete({ collection: 'users', where: { id: { in: users } } })
  await payload.delete({ collection: 'frameworks', where: { id: { in: frameworks } } })
})

async function gatedGuide(name: string): Promise<Guide> {
  const guide = await draftGuide(payload, `${name} ${suffix}`, framework, { requireApproval: true })
  guides.push(guide.id)
  return guide
}

/** Publishes through REST as the editor would with the admin's button. */
const publish = (id: number, role: 'admin' | 'editor' = 'editor', data = {}) =>
  rest('PATCH', `guides/${id}`, { token: jwt[role], body: { _status: 'published', ...data } })

const editDraft = (id: number, dek: string) =>
  rest('PATCH', `guides/${id}?draft=true`, { token: jwt.editor, body: { _status: 'draft', dek } })

const isPublished = async (id: number) =>
  (await payload.findByID({ collection: 'guides', id, depth: 0 }))._status === 'published'

describe('publishing needs an approval', () => {
  it('is refused with 409 until the current draft is approved through a share link, then succeeds', async () => {
    const guide = await gatedGuide('Gated')
    const refused = await publish(guide.id)
    expect(refused.status).toBe(409)
    expect(JSON.stringify(refused.body)).toContain(MISSING)
    // The Local API (a scheduled publish, a script) is held to it as well.
    await expect(
      payload.update({ collection: 'guides', id: guide.id, data: { _status: 'published' } }),
    ).rejects.toMatchObject({ status: 409 })
    expect(await isPublished(guide.id)).toBe(false)

    const { token } = await shareLink(payload, guide.id)
    const changes = await postReview({ token, verdict: 'changes', body: 'Not yet.' })
    expect(changes.status).toBe(201)
    expect((await publish(guide.id)).status).toBe(409)

    expect((await postReview({ token, verdict: 'approve' })).status).toBe(201)
    const published = await publish(guide.id)
    expect(published.status, JSON.stringify(published.body)).toBe(200)
    expect(await isPublished(guide.id)).toBe(true)
  })

  it('an approval of an earlier draft does not count', async () => {
    const guide = await gatedGuide('Moved on')
    const { token } = await shareLink(payload, guide.id)
    expect((await postReview({ token, verdict: 'approve' })).status).toBe(201)
    const seen = (
      await payload.findVersions({
        collection: 'guides',
        where: { parent: { equals: guide.id } },
        sort: '-updatedAt',
        limit: 1,
      })
    ).docs[0]!.id
    expect((await editDraft(guide.id, 'A different summary')).status).toBe(200)
    const refused = await publish(guide.id)
    expect(refused.status).toBe(409)
    expect(JSON.stringify(refused.body)).toContain('earlier draft')
    // Approving the draft they saw, not the one now there, still does not count.
    expect((await postReview({ token, verdict: 'approve', version: String(seen) })).status).toBe(
      201,
    )
    expect((await publish(guide.id)).status).toBe(409)
    expect((await postReview({ token, verdict: 'approve' })).status).toBe(201)
    expect((await publish(guide.id)).status).toBe(200)
  })

  it('an edit of a ranked framework’s blurb makes another draft: its approval is for an earlier one', async () => {
    const name = `Blurbed ${suffix}`
    const own = await payload.create({ collection: 'frameworks', data: frameworkData(name) })
    frameworks.push(own.id)
    const guide = await draftGuide(payload, `Ranks ${name}`, own.id, { requireApproval: true })
    guides.push(guide.id)
    const { token } = await shareLink(payload, guide.id)
    expect((await postReview({ token, verdict: 'approve' })).status).toBe(201)

    // The reviewer approved the blurb they read; the marketer then rewrites it, as a draft.
    const edited = await rest('PATCH', `frameworks/${own.id}?draft=true`, {
      token: jwt.editor,
      body: { _status: 'draft', blurb: paragraph('A blurb the reviewer never read.') },
    })
    expect(edited.status, JSON.stringify(edited.body)).toBe(200)
    const refused = await publish(guide.id)
    expect(refused.status).toBe(409)
    expect(JSON.stringify(refused.body)).toContain('earlier draft')
    expect(await isPublished(guide.id)).toBe(false)

    expect((await postReview({ token, verdict: 'approve' })).status).toBe(201)
    const published = await publish(guide.id)
    expect(published.status, JSON.stringify(published.body)).toBe(200)
  })

  it('an admin’s override lets one publish through, recorded with who and when; an editor cannot override', async () => {
    const guide = await gatedGuide('Overridden')
    const editorTry = await publish(guide.id, 'editor', { overrideApproval: true })
    expect(editorTry.status).toBe(409)
    const before = Date.now()
    const overridden = await publish(guide.id, 'admin', { overrideApproval: true })
    expect(overridden.status, JSON.stringify(overridden.body)).toBe(200)
    const stored = await payload.findByID({ collection: 'guides', id: guide.id, depth: 0 })
    expect(stored._status).toBe('published')
    expect(relationId(stored.approvalOverride!.by!)).toBe(users[0])
    expect(new Date(stored.approvalOverride!.at!).getTime()).toBeGreaterThanOrEqual(before - 1000)
    // Spent: the next publish of a new draft needs an approval again.
    expect(stored.overrideApproval).toBe(false)
    expect((await editDraft(guide.id, 'Later')).status).toBe(200)
    expect((await publish(guide.id)).status).toBe(409)
  })

  it('a release holding a gated guide is refused with 409 until the guide is approved', async () => {
    const guide = await gatedGuide('In a release')
    const release = await payload.create({
      collection: 'releases',
      data: {
        name: `Approval ${suffix}`,
        items: [{ doc: { relationTo: 'guides', value: guide.id } }],
      } as never,
    })
    try {
      const refused = await rest('POST', `releases/${release.id}/publish`, { token: jwt.editor })
      expect(refused.status).toBe(409)
      expect(JSON.stringify(refused.body)).toContain(MISSING)
      expect(await isPublished(guide.id)).toBe(false)
      const { token } = await shareLink(payload, guide.id)
      expect((await postReview({ token, verdict: 'approve' })).status).toBe(201)
      const published = await rest('POST', `releases/${release.id}/publish`, { token: jwt.editor })
      expect(published.status, JSON.stringify(published.body)).toBe(200)
      expect(await isPublished(guide.id)).toBe(true)
    } finally {
      await payload.delete({ collection: 'releases', id: release.id })
    }
  })

  it('a release with the setting on needs an approval through its own share link', async () => {
    const guide = await draftGuide(payload, `Released ${suffix}`, framework)
    guides.push(guide.id)
    const release = await payload.create({
      collection: 'releases',
      data: {
        name: `Gated release ${suffix}`,
        requireApproval: true,
        items: [{ doc: { relationTo: 'guides', value: guide.id } }],
      } as never,
    })
    try {
      const refused = await rest('POST', `releases/${release.id}/publish`, { token: jwt.editor })
      expect(refused.status).toBe(409)
      expect(JSON.stringify(refused.body)).toContain(MISSING)
      expect(await isPublished(guide.id)).toBe(false)
      const link = await payload.create({
        collection: 'preview-links',
        data: { release: release.id, note: 'Release review' } as never,
      })
      const token = new URL(link.url ?? '').searchParams.get('token') ?? ''
      expect((await postReview({ token, verdict: 'approve' })).status).toBe(201)
      const published = await rest('POST', `releases/${release.id}/publish`, { token: jwt.editor })
      expect(published.status, JSON.stringify(published.body)).toBe(200)
      expect(await isPublished(guide.id)).toBe(true)
    } finally {
      await payload.delete({ collection: 'releases', id: release.id })
    }
  })

  it('a scheduled publish of a gated guide fails, naming the missing approval', async () => {
    const guide = await gatedGuide('Scheduled')
    const job = await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'guides', value: guide.id } },
      waitUntil: new Date(Date.now() - 1000),
    })
    try {
      await payload.jobs.runByID({ id: job.id, silent: true })
      const ran = await payload.findByID({ collection: 'payload-jobs', id: job.id })
      expect(ran.hasError).toBe(true)
      expect((ran.error as { message?: string }).message).toContain(MISSING)
      expect(await isPublished(guide.id)).toBe(false)
    } finally {
      await payload.delete({ collection: 'payload-jobs', id: job.id })
    }
  })

  it('a guide without the setting publishes as before', async () => {
    const guide = await draftGuide(payload, `Ungated ${suffix}`, framework)
    guides.push(guide.id)
    expect((await publish(guide.id)).status).toBe(200)
  })
})
