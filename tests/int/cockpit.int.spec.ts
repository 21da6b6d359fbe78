import config from '@payload-config'
import { REST_GET, REST_POST } from '@payloadcms/next/routes'
import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { pendingChanges } from '@/lib/cockpit/changes'
import { env } from '@/lib/env'
import type { User } from '@/payload-types'

import { frameworkData, seededGuide } from '../helpers/payload'

let payload: Payload
const unique = () => randomBytes(4).toString('hex')

async function account(label: string) {
  const email = `${label}-${unique()}@example.com`
  const password = `password-${unique()}`
  const user = await payload.create({
    collection: 'users',
    data: { email, password, role: 'editor' },
  })
  return { user, email, password }
}

beforeAll(async () => {
  ;({ payload } = await seededGuide())
})

describe('who changed what', () => {
  it('a draft names who saved it; publishing names the publisher; readers see no account', async () => {
    const [ana, ben] = await Promise.all([account('ana'), account('ben')])
    const asUser = (who: { user: User }) => ({ user: who.user, overrideAccess: false })
    const framework = await payload.create({
      collection: 'frameworks',
      data: frameworkData(`Cockpit ${unique()}`),
      ...asUser(ben),
    })
    await payload.update({
      collection: 'frameworks',
      id: framework.id,
      data: { bestFor: 'A draft by Ana' },
      draft: true,
      ...asUser(ana),
    })

    const pending = (await pendingChanges(payload, ben.user)).find((c) => c.id === framework.id)
    expect(pending).toMatchObject({ collection: 'frameworks', by: ana.email, live: true })

    // A document never published is listed too, as such.
    const caveat = await payload.create({
      collection: 'caveats',
      data: { label: `Draft caveat ${unique()}` },
      draft: true,
      ...asUser(ben),
    })
    const fresh = (await pendingChanges(payload, ana.user)).find(
      (c) => c.collection === 'caveats' && c.id === caveat.id,
    )
    expect(fresh).toMatchObject({ by: ben.email, live: false })

    await payload.update({
      collection: 'frameworks',
      id: framework.id,
      data: { _status: 'published' },
      ...asUser(ben),
    })
    const after = await pendingChanges(payload, ben.user)
    expect(after.map((c) => `${c.collection} ${c.id}`)).not.toContain(`frameworks ${framework.id}`)
    const { docs: versions } = await payload.findVersions({
      collection: 'frameworks',
      where: { parent: { equals: framework.id } },
      sort: '-updatedAt',
      depth: 0,
    })
    expect(versions.map((v) => v.version.updatedBy)).toEqual([
      ben.user.id,
      ana.user.id,
      ben.user.id,
    ])

    const read = await payload.findByID({
      collection: 'frameworks',
      id: framework.id,
      overrideAccess: false,
      depth: 0,
    })
    expect(read.bestFor).toBe('A draft by Ana')
    expect(read).not.toHaveProperty('updatedBy')
  })
})

describe('the "Edit this page" hint cookie', () => {
  const post = REST_POST(config)
  const get = REST_GET(config)
  const call = (handler: typeof post, path: string, init: RequestInit = {}) =>
    handler(new Request(new URL(`/api/${path}`, env.SITE_URL), init), {
      params: Promise.resolve({ slug: path.split('?')[0]!.split('/') }),
    })

  it('is set, readable by script, at login and cleared at logout', async () => {
    const { email, password } = await account('hint')
    const login = await call(post, 'users/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password }),
    })
    expect(login.status).toBe(200)
    const cookies = login.headers.getSetCookie()
    // Payload's own session cookie stays as it was, HttpOnly.
    expect(cookies.find((c) => c.startsWith('payload-token='))).toMatch(/HttpOnly/)
    const hint = cookies.find((c) => c.startsWith('guide_editor='))
    expect(hint).toMatch(/^guide_editor=1; Path=\/; Max-Age=7200; SameSite=Lax/)
    expect(hint).not.toMatch(/HttpOnly/i)

    const { token } = (await login.json()) as { token: string }
    const auth = { Authorization: `JWT ${token}` }
    const editUrl = await call(get, 'edit-link?path=%2F', { headers: auth })
    expect(editUrl.status).toBe(200)
    expect(await editUrl.json()).toEqual({
      url: expect.stringMatching(/^\/admin\/collections\/guides\/\d+$/) as unknown,
    })
    expect((await call(get, 'edit-link?path=%2Fguides')).status).toBe(401)
    expect((await call(get, 'edit-link?path=%2Fno-such-page', { headers: auth })).status).toBe(404)

    const logout = await call(post, 'users/logout', { method: 'POST', headers: auth })
    expect(logout.status).toBe(200)
    expect(logout.headers.getSetCookie()).toContain(
      'guide_editor=; Path=/; Max-Age=0; SameSite=Lax',
    )
  })
})
