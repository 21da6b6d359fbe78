import { NextRequest } from 'next/server'
import type { Payload, RequiredDataFromCollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { env } from '@/lib/env'
import { linkStateInWords } from '@/lib/preview/linkState'
import { shareLinkDetails } from '@/lib/preview/shareDetails'
import type { PreviewLink, User } from '@/payload-types'

import { GET as preview } from '../../app/(site)/preview/route'
import { seededGuide, signedInAs } from '../helpers/payload'

// What a reviewer is told about the share link they hold (the preview banner), what their address
// bar shows once the preview opens, and what the marketer reads in the admin about each link.

let payload: Payload
let guideId: number
let sharer: User
const made = { links: [] as number[], releases: [] as number[], users: [] as number[] }

beforeAll(async () => {
  ;({
    payload,
    guide: { id: guideId },
  } = await seededGuide())
  const { id } = await signedInAs(payload, 'admin', 'sharer')
  made.users.push(id)
  sharer = await payload.findByID({ collection: 'users', id })
})

afterAll(async () => {
  await payload.delete({ collection: 'preview-links', where: { id: { in: made.links } } })
  await payload.delete({ collection: 'releases', where: { id: { in: made.releases } } })
  await payload.delete({ collection: 'users', where: { id: { in: made.users } } })
})

async function share(data: Record<string, unknown>): Promise<PreviewLink> {
  const link = await payload.create({
    collection: 'preview-links',
    data: data as RequiredDataFromCollectionSlug<'preview-links'>,
    // As the admin makes it: the signed-in user is who shared it.
    user: sharer,
  })
  made.links.push(link.id)
  return link
}

const tokenOf = (link: PreviewLink) => new URL(link.url ?? '').searchParams.get('token') ?? ''

describe('a share link tells its reviewer who shared it and until when', () => {
  it('names the person who made it, its expiry and its note', async () => {
    const link = await share({ guide: guideId, note: 'Legal review' })
    const details = await shareLinkDetails(payload, tokenOf(link), `/guides/anything`)
    expect(details).toEqual({
      sharedBy: sharer.email,
      expiresAt: link.expiresAt,
      note: 'Legal review',
      address: `/preview?token=${tokenOf(link)}`,
    })
  })

  it('gives the address bar the share link itself, which opens the same preview again', async () => {
    const link = await share({ guide: guideId })
    const details = await shareLinkDetails(payload, tokenOf(link))
    // The marketer's URL and the reviewer's address bar name the same place.
    expect(new URL(details!.address, env.SITE_URL).href).toBe(link.url)
  })

  it('keeps the page for a release’s link, which shows the release on every page', async () => {
    const release = await payload.create({
      collection: 'releases',
      data: { name: `Share details ${Date.now()}`, items: [] },
    })
    made.releases.push(release.id)
    const link = await share({ release: release.id })
    const details = await shareLinkDetails(payload, tokenOf(link), '/guides')
    const address = new URL(details!.address, env.SITE_URL)
    expect(address.pathname).toBe('/preview')
    expect(address.searchParams.get('path')).toBe('/guides')
    expect(address.searchParams.get('token')).toBe(tokenOf(link))
  })

  it('says nothing for a link that no longer opens the drafts: revoked, expired or altered', async () => {
    const revoked = await share({ guide: guideId })
    await payload.update({ collection: 'preview-links', id: revoked.id, data: { revoked: true } })
    expect(await shareLinkDetails(payload, tokenOf(revoked))).toBeUndefined()

    const expiring = await share({ guide: guideId })
    const afterExpiry = new Date(expiring.expiresAt).getTime() + 1000
    expect(await shareLinkDetails(payload, tokenOf(expiring), '/', afterExpiry)).toBeUndefined()
    expect(await shareLinkDetails(payload, tokenOf(expiring))).toBeDefined()

    const [body, signature] = tokenOf(expiring).split('.') as [string, string]
    const altered = `${body}.${signature.startsWith('A') ? 'B' : 'A'}${signature.slice(1)}`
    expect(await shareLinkDetails(payload, altered)).toBeUndefined()
  })

  it('names nobody when the link was made without a signed-in user (a script, the seed)', async () => {
    const link = await payload.create({
      collection: 'preview-links',
      data: { guide: guideId } as RequiredDataFromCollectionSlug<'preview-links'>,
    })
    made.links.push(link.id)
    expect((await shareLinkDetails(payload, tokenOf(link)))?.sharedBy).toBeNull()
  })
})

describe('a share link’s state in words, as the admin lists it', () => {
  const now = Date.parse('2026-12-04T10:00:00Z')
  it('says until when a link works, that it expired, or that it was revoked: never `false`', () => {
    const future = '2026-12-11T14:05:00Z'
    expect(linkStateInWords({ expiresAt: future, revoked: false }, now, 'UTC')).toBe(
      'Works until 11 Dec 2026, 14:05 UTC',
    )
    expect(linkStateInWords({ expiresAt: '2026-12-01T09:00:00Z' }, now, 'UTC')).toBe(
      'Expired on 1 Dec 2026, 09:00 UTC',
    )
    expect(linkStateInWords({ expiresAt: future, revoked: true }, now, 'UTC')).toMatch(/^Revoked/)
  })
})

describe('/preview keeps the token out of Referer', () => {
  it('answers even a refusal with Referrer-Policy: no-referrer (its page links back to the site)', async () => {
    const link = await share({ guide: guideId })
    await payload.update({ collection: 'preview-links', id: link.id, data: { revoked: true } })
    for (const query of [`token=${tokenOf(link)}`, 'token=not-a-token', 'path=/guides']) {
      const response = await preview(new NextRequest(new URL(`/preview?${query}`, env.SITE_URL)))
      expect(response.status, query).toBeGreaterThanOrEqual(400)
      expect(response.headers.get('referrer-policy'), query).toBe('no-referrer')
    }
  })
})
