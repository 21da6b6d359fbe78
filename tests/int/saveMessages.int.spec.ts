import configPromise from '@payload-config'
import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { sayGlobalPublished, sayPublished } from '@/hooks/sayPublished'

import { frameworkData, seededGuide, signedInAs } from '../helpers/payload'
import { rest } from '../helpers/routes'

// The admin's toast after Save or Publish is the REST answer's `message`: these are the words a
// marketer reads. A publish says "Published.", a draft "Saved as a draft.", and a save where
// there are no drafts (a redirect, a user, the site settings) "Saved.", never "Published.".

const tag = randomBytes(3).toString('hex')
let payload: Payload
let admin: { id: number; token: string }
const made: { collection: 'frameworks' | 'redirects'; id: number }[] = []

beforeAll(async () => {
  ;({ payload } = await seededGuide())
  admin = await signedInAs(payload, 'admin', 'messages-admin')
})

afterAll(async () => {
  for (const { collection, id } of made) await payload.delete({ collection, id })
  if (admin) await payload.delete({ collection: 'users', id: admin.id })
})

const message = (reply: { body: Record<string, unknown> }) => reply.body.message

describe('what a save says', () => {
  it('a framework: its publish says “Published.”, a draft “Saved as a draft.”', async () => {
    const framework = await payload.create({
      collection: 'frameworks',
      data: frameworkData(`Messages ${tag}`),
    })
    made.push({ collection: 'frameworks', id: framework.id })
    const token = admin.token
    const draft = await rest('PATCH', `frameworks/${framework.id}?draft=true`, {
      token,
      body: { bestFor: 'Drafting', _status: 'draft' },
    })
    expect(draft.status).toBe(200)
    expect(message(draft)).toBe('Saved as a draft.')
    const publish = await rest('PATCH', `frameworks/${framework.id}`, {
      token,
      body: { bestFor: 'Publishing', _status: 'published' },
    })
    expect(publish.status).toBe(200)
    expect(message(publish)).toBe('Published.')
  })

  it('a redirect and a user, which have no drafts: “Saved.”', async () => {
    const redirect = await payload.create({
      collection: 'redirects',
      data: { from: `/messages-old-${tag}`, to: { type: 'custom', url: '/guides' }, type: '302' },
    })
    made.push({ collection: 'redirects', id: redirect.id })
    const saved = await rest('PATCH', `redirects/${redirect.id}`, {
      token: admin.token,
      body: { type: '301' },
    })
    expect(saved.status).toBe(200)
    expect(message(saved)).toBe('Saved.')
    const user = await rest('PATCH', `users/${admin.id}`, {
      token: admin.token,
      body: { role: 'admin' },
    })
    expect(user.status).toBe(200)
    expect(message(user)).toBe('Saved.')
  })

  it('globals: the header’s publish says “Published.”, the site settings’ save “Saved.”', async () => {
    const header = await payload.findGlobal({ slug: 'header', depth: 0 })
    const publish = await rest('POST', 'globals/header', {
      token: admin.token,
      body: { siteName: header.siteName, _status: 'published' },
    })
    expect(publish.status).toBe(200)
    expect(message(publish)).toBe('Published.')
    const site = await payload.findGlobal({ slug: 'site', depth: 0 })
    const saved = await rest('POST', 'globals/site', {
      token: admin.token,
      body: { previewBanner: site.previewBanner },
    })
    expect(saved.status).toBe(200)
    expect(message(saved)).toBe('Saved.')
  })

  it('every collection and global with drafts lists the hook that says “Published.”', async () => {
    const config = await configPromise
    const drafted = [...config.collections, ...config.globals].filter(
      (entity) => entity.versions && entity.versions.drafts,
    )
    expect(drafted.length).toBeGreaterThanOrEqual(7)
    for (const entity of drafted) {
      const hooks = [
        ...(('afterOperation' in entity.hooks ? entity.hooks.afterOperation : []) ?? []),
        ...(entity.hooks.afterChange ?? []),
      ] as unknown[]
      const listed = hooks.includes(sayPublished) || hooks.includes(sayGlobalPublished)
      expect(listed, entity.slug).toBe(true)
    }
  })
})
