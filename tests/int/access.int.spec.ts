import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { seed } from '@/lib/seed'
import type { User } from '@/payload-types'

import { testPayload } from '../helpers/payload'

let payload: Payload
let editor: User

beforeAll(async () => {
  payload = await testPayload()
  await seed(payload, {
    log: () => {},
    users: [
      { email: 'access-admin@example.com', password: 'access-admin', role: 'admin' },
      { email: 'access-editor@example.com', password: 'access-editor', role: 'editor' },
    ],
  })
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { equals: 'access-editor@example.com' } },
  })
  editor = docs[0]!
})

describe('access', () => {
  it('hides a draft framework from anonymous readers but shows it to a signed-in editor', async () => {
    const draft = await payload.create({
      collection: 'frameworks',
      draft: true,
      data: {
        name: 'Draft Only',
        language: 'Go',
        buildModel: 'Hand-written',
        bestFor: 'Nobody yet',
        blurb: {
          root: { type: 'root', children: [], direction: null, format: '', indent: 0, version: 1 },
        },
        _status: 'draft',
      },
    })
    const where = { slug: { equals: 'draft-only' } }
    const anonymous = await payload.find({ collection: 'frameworks', where, overrideAccess: false })
    const signedIn = await payload.find({
      collection: 'frameworks',
      where,
      draft: true,
      overrideAccess: false,
      user: editor,
    })
    expect(anonymous.docs).toHaveLength(0)
    expect(signedIn.docs.map((doc) => doc.name)).toEqual(['Draft Only'])
    await payload.delete({ collection: 'frameworks', id: draft.id })
  })

  it('lets an anonymous reader see the published frameworks', async () => {
    const { totalDocs } = await payload.find({
      collection: 'frameworks',
      overrideAccess: false,
      limit: 0,
    })
    expect(totalDocs).toBe(8)
  })

  it('does not let an editor create users or make themselves admin', async () => {
    await expect(
      payload.create({
        collection: 'users',
        data: { email: 'intruder@example.com', password: 'intruder-pw', role: 'admin' },
        overrideAccess: false,
        user: editor,
      }),
    ).rejects.toThrow(/not allowed/i)
    const updated = await payload.update({
      collection: 'users',
      id: editor.id,
      data: { role: 'admin' },
      overrideAccess: false,
      user: editor,
    })
    expect(updated.role).toBe('editor')
  })
})
