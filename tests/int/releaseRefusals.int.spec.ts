import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'
import { beforeAll, describe, expect, it } from 'vitest'

import { ReleasesSection } from '@/components/admin/ReleasesSection'
import type { Release, User } from '@/payload-types'

import { frameworkData, seededGuide, signedInAs } from '../helpers/payload'
import { rest } from '../helpers/routes'

// What a release refuses, and how it says so: malformed rows, duplicates, an empty schedule, a
// deleted document, a schedule that cannot publish. Each answer is a 4xx naming the field, and
// nothing is stored.

const tag = randomBytes(3).toString('hex')
let payload: Payload
let token = ''
let editor: User
let framework = 0

type Problem = { path: string; message: string }
type Errors = { errors: { message: string; data?: { errors?: Problem[] } }[] }
const problems = (body: unknown) =>
  (body as Errors).errors.flatMap(
    (error) => error.data?.errors ?? [{ path: '', message: error.message }],
  )

const countReleases = async () => (await payload.count({ collection: 'releases' })).totalDocs

beforeAll(async () => {
  ;({ payload } = await seededGuide())
  await signedInAs(payload, 'admin', 'refusals-admin')
  const signedIn = await signedInAs(payload, 'editor', 'refusals')
  token = signedIn.token
  editor = await payload.findByID({ collection: 'users', id: signedIn.id })
  framework = (
    await payload.create({ collection: 'frameworks', data: frameworkData(`Refusal ${tag}`) })
  ).id
})

const doc = (value: number) => ({ doc: { relationTo: 'frameworks', value } })

describe('a release body', () => {
  it('with a malformed or repeated row is a 400 naming the row, and stores nothing', async () => {
    const bodies: [unknown, string, RegExp][] = [
      [{ items: [{ doc: null }] }, 'items.0.doc', /required/],
      [{ items: [{}] }, 'items.0.doc', /required/],
      [{ items: [doc(framework), {}] }, 'items.1.doc', /required/],
      [{ globals: [{}] }, 'globals.0.global', /one of: header, footer/],
      [{ items: 'all of them' }, 'items', /list/],
      [
        { items: [doc(framework), doc(framework)] },
        'items.1.doc',
        /already in this release \(row 1\)/,
      ],
      [{ items: Array.from({ length: 200 }, () => doc(framework)) }, 'items', /100/],
    ]
    const before = await countReleases()
    for (const [body, path, message] of bodies) {
      const reply = await rest('POST', 'releases', {
        token,
        body: { name: `Malformed ${tag}`, ...(body as object) },
      })
      const label = JSON.stringify(body).slice(0, 80)
      expect(reply.status, `${label}: ${JSON.stringify(reply.body)}`).toBe(400)
      const named = problems(reply.body).find((problem) => problem.path === path)
      expect(named?.message, `${label}: ${JSON.stringify(reply.body)}`).toMatch(message)
    }
    expect(await countReleases()).toBe(before)
  })

  it('that would schedule an empty release is a 400 naming publishAt', async () => {
    const made = await rest('POST', 'releases', { token, body: { name: `Empty ${tag}` } })
    const id = (made.body.doc as Release).id
    const soon = new Date(Date.now() + 60_000).toISOString()

    const reply = await rest('PATCH', `releases/${id}`, { token, body: { publishAt: soon } })

    expect(reply.status).toBe(400)
    expect(problems(reply.body)[0]).toMatchObject({ path: 'publishAt' })
    const stored = await payload.findByID({ collection: 'releases', id })
    expect(stored.status).toBe('open')
    expect(stored.publishAt ?? null).toBeNull()
  })
})

describe('a document a release holds', () => {
  it('cannot be deleted while a pending release holds it; the refusal names the release', async () => {
    const held = (
      await payload.create({ collection: 'frameworks', data: frameworkData(`Held ${tag}`) })
    ).id
    const name = `Holding ${tag}`
    await rest('POST', 'releases', { token, body: { name, items: [doc(held)] } })

    const refused = await rest('DELETE', `frameworks/${held}`, { token })

    expect(refused.status).toBe(409)
    expect(JSON.stringify(refused.body)).toContain(`release “${name}”`)
    expect((await rest('GET', `frameworks/${held}`, { token })).status).toBe(200)
  })

  it('once deleted, stays on a published release as "deleted", which still reverts the rest', async () => {
    const [kept, gone] = await Promise.all(
      ['kept', 'gone'].map(async (which) => {
        const made = await payload.create({
          collection: 'frameworks',
          data: frameworkData(`Revert ${which} ${tag}`, { bestFor: 'before' }),
        })
        await rest('PATCH', `frameworks/${made.id}?draft=true`, {
          token,
          body: { bestFor: 'released' },
        })
        return made.id
      }),
    )
    const made = await rest('POST', 'releases', {
      token,
      body: { name: `Deleted row ${tag}`, items: [doc(kept!), doc(gone!)] },
    })
    const id = (made.body.doc as Release).id
    expect((await rest('POST', `releases/${id}/publish`, { token })).status).toBe(200)
    expect((await rest('DELETE', `frameworks/${gone}`, { token })).status).toBe(200)

    const read = await rest('GET', `releases/${id}`, { token })
    expect(read.status).toBe(200)
    const rows = (read.body as unknown as Release).items ?? []
    expect(rows[1]?.state).toBe(
      `Deleted: frameworks “Revert gone ${tag}” (deleted) no longer exists.`,
    )

    const reverted = await rest('POST', `releases/${id}/revert`, { token })
    expect(reverted.status, JSON.stringify(reverted.body)).toBe(200)
    const live = await rest('GET', `frameworks/${kept}`)
    expect(live.body.bestFor).toBe('before')
    // Every action answers, none with a 5xx.
    for (const action of ['publish', 'revert', 'take-newer']) {
      const reply = await rest('POST', `releases/${id}/${action}`, { token })
      expect(reply.status, action).toBe(409)
    }
  })
})

describe('a scheduled release that cannot publish', () => {
  it('is marked failed with the reason, shown in the cockpit, and not tried again', async () => {
    await rest('PATCH', `frameworks/${framework}?draft=true`, {
      token,
      body: { bestFor: 'scheduled draft' },
    })
    const name = `Failing ${tag}`
    const made = await rest('POST', 'releases', { token, body: { name, items: [doc(framework)] } })
    const id = (made.body.doc as Release).id
    // Published from the document itself after the release captured its draft.
    await rest('PATCH', `frameworks/${framework}`, {
      token,
      body: { bestFor: 'published meanwhile', _status: 'published' },
    })
    const at = new Date(Date.now() + 300).toISOString()
    await rest('PATCH', `releases/${id}`, { token, body: { publishAt: at } })
    const due = Date.parse(at)
    while (Date.now() <= due)
      await new Promise((resolve) => setTimeout(resolve, due - Date.now() + 5))

    await payload.jobs.run({ allQueues: true })
    const failed = await payload.findByID({ collection: 'releases', id })
    expect(failed.status).toBe('failed')
    expect(failed.failure).toMatch(/a later change was published/)
    const live = await rest('GET', `frameworks/${framework}`)
    expect(live.body.bestFor).toBe('published meanwhile')
    // Not retried: nothing is left queued for it, and another run changes nothing.
    const { totalDocs: queued } = await payload.count({
      collection: 'payload-jobs',
      where: { and: [{ 'input.release': { equals: id } }, { completedAt: { exists: false } }] },
    })
    expect(queued).toBe(0)
    await payload.jobs.run({ allQueues: true })
    expect((await payload.findByID({ collection: 'releases', id })).failure).toBe(failed.failure)

    const cockpit = renderToStaticMarkup(await ReleasesSection({ payload, user: editor }))
    expect(cockpit).toContain(name)
    expect(cockpit).toContain('schedule failed')
    expect(cockpit).toContain('a later change was published')

    // Taking the newer drafts and scheduling again clears the failure.
    await rest('POST', `releases/${id}/take-newer`, { token })
    const later = new Date(Date.now() + 3_600_000).toISOString()
    const rescheduled = await rest('PATCH', `releases/${id}`, { token, body: { publishAt: later } })
    expect((rescheduled.body.doc as Release).status).toBe('scheduled')
    expect((rescheduled.body.doc as Release).failure ?? null).toBeNull()
  })
})
