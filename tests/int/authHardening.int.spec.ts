import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Header, Media } from '@/payload-types'

import { FAILED_SIGN_IN } from '../../collections/Users/hooks'
import { seededGuide, signedInAs } from '../helpers/payload'
import { paragraph } from '../helpers/richText'
import { rest, type RestReply } from '../helpers/routes'

// Issue 20, the smaller findings, through Payload's real REST route handlers on real Postgres:
// who may list media, what a failed sign-in tells, whose name a document lock carries, who may
// run the job queue, and what a password reset says when it fails.

const suffix = randomBytes(4).toString('hex')
let payload: Payload
let admin: { id: number; email: string; token: string }
let editor: { id: number; email: string; token: string }
const made: { collection: 'pages' | 'media' | 'users'; id: number }[] = []
let publishedHeader: Header

beforeAll(async () => {
  ;({ payload } = await seededGuide())
  // The admin first: the very first account of an empty site always becomes admin.
  admin = await signedInAs(payload, 'admin', 'auth-admin')
  editor = await signedInAs(payload, 'editor', 'auth-editor')
  publishedHeader = await payload.findGlobal({ slug: 'header', depth: 0 })
})

afterAll(async () => {
  if (publishedHeader) {
    const { siteName, navigation, logo } = publishedHeader
    await payload.updateGlobal({
      slug: 'header',
      data: { siteName, navigation, logo, _status: 'published' },
    })
  }
  for (const { collection, id } of made.reverse()) {
    await payload.delete({ collection, id }).catch(() => null)
  }
  for (const user of [editor, admin]) {
    if (user) await payload.delete({ collection: 'users', id: user.id }).catch(() => null)
  }
})

/** The stored user row as Payload keeps it, hidden fields included. */
const storedUser = async (id: number) =>
  (await payload.db.findOne({ collection: 'users', where: { id: { equals: id } } })) as {
    lockUntil?: string | null
    resetPasswordToken?: string | null
  } | null

const firstMessage = ({ body }: RestReply) =>
  ((body.errors ?? []) as { message?: string }[])[0]?.message ?? (body.message as string)

async function upload(name: string): Promise<Media> {
  const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#0a0' } })
    .png()
    .toBuffer()
  const doc = await payload.create({
    collection: 'media',
    data: { alt: name },
    file: { data: png, mimetype: 'image/png', name: `${name}-${suffix}.png`, size: png.length },
  })
  made.push({ collection: 'media', id: doc.id })
  return doc
}

async function pageWithImage(name: string, image: number, status: 'draft' | 'published') {
  const page = await payload.create({
    collection: 'pages',
    data: {
      title: `${name} ${suffix}`,
      slug: `${name}-${suffix}`,
      layout: [{ blockType: 'prose', content: paragraph(name) }],
      meta: { image },
      _status: status,
    },
    draft: status === 'draft',
  })
  made.push({ collection: 'pages', id: page.id })
  return page
}

describe('media: readers see what published content uses, signed-in users see every upload', () => {
  let shown: Media
  let draftOnly: Media
  let draftLogo: Media
  let unused: Media

  beforeAll(async () => {
    shown = await upload('shown')
    draftOnly = await upload('draft-only')
    draftLogo = await upload('draft-logo')
    unused = await upload('unused')
    await pageWithImage('media-published', shown.id, 'published')
    await pageWithImage('media-draft', draftOnly.id, 'draft')
    await payload.updateGlobal({ slug: 'header', data: { logo: draftLogo.id }, draft: true })
  })

  const listed = async (token?: string) => {
    const reply = await rest('GET', 'media?limit=0&depth=0', { token })
    expect(reply.status).toBe(200)
    return (reply.body.docs as Media[]).map((doc) => doc.id)
  }
  const file = async (media: Media, token?: string) =>
    (await rest('GET', `media/file/${media.filename}`, { token })).status

  it('anonymous: lists and serves only the image a published page uses', async () => {
    const ids = await listed()
    expect(ids).toContain(shown.id)
    for (const hidden of [draftOnly, draftLogo, unused]) expect(ids).not.toContain(hidden.id)
    expect(await file(shown)).toBe(200)
    for (const hidden of [draftOnly, draftLogo, unused]) expect(await file(hidden)).toBe(403)
    expect((await rest('GET', `media/${draftOnly.id}`)).status).toBe(404)
  })

  it('the editor lists and opens every upload, drafts-only included', async () => {
    const ids = await listed(editor.token)
    for (const media of [shown, draftOnly, draftLogo, unused]) expect(ids).toContain(media.id)
    expect(await file(draftOnly, editor.token)).toBe(200)
  })

  it('publishing the header shows its logo to readers, as the public frame reads it', async () => {
    await payload.updateGlobal({ slug: 'header', data: { _status: 'published' } })
    expect(await listed()).toContain(draftLogo.id)
    expect(await file(draftLogo)).toBe(200)
    const header = await payload.findGlobal({ slug: 'header', depth: 1, overrideAccess: false })
    expect(header.logo).toMatchObject({ id: draftLogo.id, url: expect.any(String) as string })
  })
})

describe('a failed sign-in answers the same for every account, known, unknown or locked', () => {
  const signIn = (email: string, password: string) =>
    rest('POST', 'users/login', { body: { email, password } })

  it('six wrong passwords: the known account locks, yet every answer matches the unknown one', async () => {
    const target = await signedInAs(payload, 'editor', 'lock-target')
    made.push({ collection: 'users', id: target.id })
    const unknown = `nobody-${suffix}@example.com`
    for (let attempt = 1; attempt <= 6; attempt++) {
      const known = await signIn(target.email, 'wrong-password')
      const stranger = await signIn(unknown, 'wrong-password')
      expect({ attempt, status: known.status, body: known.body }).toEqual({
        attempt,
        status: stranger.status,
        body: stranger.body,
      })
      expect(known.status).toBe(401)
      expect(firstMessage(known)).toBe(FAILED_SIGN_IN)
    }
    const stored = await storedUser(target.id)
    expect(Date.parse(stored?.lockUntil ?? '')).toBeGreaterThan(Date.now())
  })

  it('a stranger cannot keep the owner out: the reset link lifts the lock and signs them in', async () => {
    const password = `owner-password-${suffix}`
    const owner = await payload.create({
      collection: 'users',
      data: { email: `lock-owner-${suffix}@example.com`, password, role: 'editor' },
    })
    made.push({ collection: 'users', id: owner.id })
    for (let attempt = 0; attempt < 5; attempt++) await signIn(owner.email, 'a-stranger-guess')
    const locked = await signIn(owner.email, password)
    expect(locked.status).toBe(401)
    expect(firstMessage(locked)).toBe(FAILED_SIGN_IN)

    const forgot = await rest('POST', 'users/forgot-password', { body: { email: owner.email } })
    expect(forgot.status).toBe(200)
    // The mailed link's token, read where Payload keeps it (the mailbox is not part of this test).
    const row = await storedUser(owner.id)
    const newPassword = `new-password-${suffix}`
    const reset = await rest('POST', 'users/reset-password', {
      body: { token: row?.resetPasswordToken, password: newPassword },
    })
    expect(reset.status).toBe(200)
    expect(reset.body.token).toEqual(expect.any(String))
    expect((await signIn(owner.email, newPassword)).status).toBe(200)
  })
})

describe('document locks carry the name of who holds them', () => {
  const lockFooter = (as: { token: string }, user: number) =>
    rest('POST', 'payload-locked-documents', {
      token: as.token,
      body: { globalSlug: `footer-${suffix}`, user: { relationTo: 'users', value: user } },
    })
  const locksOf = async () =>
    (
      await payload.find({
        collection: 'payload-locked-documents',
        where: { globalSlug: { equals: `footer-${suffix}` } },
        depth: 0,
      })
    ).docs.map((lock) => (lock.user as { value: number }).value)

  afterAll(async () => {
    await payload.delete({
      collection: 'payload-locked-documents',
      where: { globalSlug: { equals: `footer-${suffix}` } },
    })
  })

  it('the editor cannot create a lock in the admin’s name: 403, nothing stored', async () => {
    const reply = await lockFooter(editor, admin.id)
    expect(reply.status).toBe(403)
    expect(firstMessage(reply)).toMatch(/lock can only be yours/)
    expect(await locksOf()).toEqual([])
  })

  it('their own lock is made; handing it to the admin is refused; taking one over is not', async () => {
    const own = await lockFooter(editor, editor.id)
    expect(own.status).toBe(201)
    const id = (own.body.doc as { id: number }).id
    const handOver = await rest('PATCH', `payload-locked-documents/${id}`, {
      token: editor.token,
      body: { user: { relationTo: 'users', value: admin.id } },
    })
    expect(handOver.status).toBe(403)
    expect(await locksOf()).toEqual([editor.id])
    // The admin's "take over": the lock becomes the caller's.
    const takeOver = await rest('PATCH', `payload-locked-documents/${id}`, {
      token: admin.token,
      body: { user: { relationTo: 'users', value: admin.id } },
    })
    expect(takeOver.status).toBe(200)
    expect(await locksOf()).toEqual([admin.id])
  })
})

describe('the job queue says who may run it', () => {
  it('an editor gets 403, nobody signed in 401, both told that admins and the ticker may', async () => {
    for (const [token, status] of [
      [editor.token, 403],
      [undefined, 401],
    ] as const) {
      for (const reply of [
        await rest('GET', 'payload-jobs/run', { token }),
        await rest('POST', 'jobs/run-due', { token }),
      ]) {
        expect(reply.status).toBe(status)
        expect(firstMessage(reply)).toMatch(/Only an admin, or this server’s own job ticker/)
      }
    }
    expect((await rest('GET', 'payload-jobs/run', { token: admin.token })).status).toBe(200)
  })
})

describe('a password reset that fails says why, as a 4xx', () => {
  it('no email, no token, a token that is not one, a missing password', async () => {
    const noEmail = await rest('POST', 'users/forgot-password', { body: {} })
    expect([noEmail.status, firstMessage(noEmail)]).toEqual([400, 'Missing email.'])

    const noToken = await rest('POST', 'users/reset-password', { body: { password: 'abcdefgh' } })
    expect(noToken.status).toBe(400)
    expect(firstMessage(noToken)).toMatch(/token: is required/)

    const badToken = await rest('POST', 'users/reset-password', {
      body: { token: 'not-a-token', password: 'abcdefgh' },
    })
    expect([badToken.status, firstMessage(badToken)]).toEqual([
      403,
      'Token is either invalid or has expired.',
    ])

    const target = await signedInAs(payload, 'editor', 'reset-target')
    made.push({ collection: 'users', id: target.id })
    await rest('POST', 'users/forgot-password', { body: { email: target.email } })
    const row = await storedUser(target.id)
    const noPassword = await rest('POST', 'users/reset-password', {
      body: { token: row?.resetPasswordToken },
    })
    expect(noPassword.status).toBe(400)
    expect(firstMessage(noPassword)).toMatch(/password: This field is required/)
  })
})
