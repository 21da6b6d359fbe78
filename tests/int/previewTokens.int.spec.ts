import type { Payload, RequiredDataFromCollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { env } from '@/lib/env'
import { checkPreviewToken } from '@/lib/preview/shareLinks'
import { signPreviewToken, verifyPreviewToken } from '@/lib/preview/tokens'
import type { PreviewLink } from '@/payload-types'

import { refusal as saveRefusal, seededGuide } from '../helpers/payload'

const DAY_MS = 24 * 60 * 60 * 1000

let payload: Payload
let guideId: number
const linkIds: number[] = []

async function createLink(note: string, extra: { expiresAt?: string } = {}) {
  const link = await payload.create({
    collection: 'preview-links',
    // The generated type calls expiresAt required; the collection gives it a default.
    data: { guide: guideId, note, ...extra } as RequiredDataFromCollectionSlug<'preview-links'>,
  })
  linkIds.push(link.id)
  return link
}

/** The token in the link's share URL, which must be `${SITE_URL}/preview?token=…`. */
function tokenOf(link: PreviewLink): string {
  const url = new URL(link.url ?? '')
  expect(`${url.origin}${url.pathname}`).toBe(`${env.SITE_URL}/preview`)
  return url.searchParams.get('token') ?? ''
}

/** The same token with the character at `index` of part `part` (0 body, 1 signature) changed. */
function alter(token: string, part: 0 | 1, index: number): string {
  const parts = token.split('.')
  const chars = [...parts[part]!]
  chars[index] = chars[index] === 'A' ? 'B' : 'A'
  parts[part] = chars.join('')
  return parts.join('.')
}

const guide = (value: number) => ({ relationTo: 'guides' as const, value })

const refusal = (reason: string, status: 401 | 403 | 410): unknown =>
  expect.objectContaining({ ok: false, reason, status })

beforeAll(async () => {
  ;({
    payload,
    guide: { id: guideId },
  } = await seededGuide())
})

afterAll(async () => {
  await payload.delete({ collection: 'preview-links', where: { id: { in: linkIds } } })
})

describe('share-link tokens', () => {
  it('accepts a fresh link for its own guide, with claims naming the link, guide and expiry', async () => {
    const link = await createLink('Legal review')
    const check = await checkPreviewToken(payload, tokenOf(link), guide(guideId))
    expect(check).toEqual({
      ok: true,
      claims: {
        link: link.id,
        guide: guideId,
        exp: Math.floor(new Date(link.expiresAt).getTime() / 1000),
      },
    })
  })

  it('refuses a token with one character of its body or signature changed as tampered (401)', async () => {
    const token = tokenOf(await createLink('Tamper check'))
    const [body, signature] = token.split('.') as [string, string]
    for (const altered of [
      alter(token, 0, 0),
      alter(token, 0, Math.floor(body.length / 2)),
      alter(token, 1, 0),
      alter(token, 1, Math.floor(signature.length / 2)),
    ]) {
      expect(altered).not.toBe(token)
      expect(await checkPreviewToken(payload, altered, guide(guideId)), altered).toEqual(
        refusal('tampered', 401),
      )
    }
  })

  it('refuses a token that no longer parses as malformed (401)', async () => {
    const token = tokenOf(await createLink('Malformed check'))
    const [body] = token.split('.') as [string, string]
    for (const broken of [body, `${token}.extra`, `.${token.split('.')[1]}`, '', 'not-a-token']) {
      expect(await checkPreviewToken(payload, broken, guide(guideId)), broken).toEqual(
        refusal('malformed', 401),
      )
    }
    // Correctly signed, but the claims are not numbers.
    const odd = signPreviewToken(
      { link: 'x', guide: guideId, exp: 'soon' } as never,
      payload.secret,
    )
    expect(verifyPreviewToken(odd, payload.secret)).toEqual(refusal('malformed', 401))
  })

  it('refuses a token signed with another secret as tampered', async () => {
    const link = await createLink('Other secret')
    const claims = {
      link: link.id,
      guide: guideId,
      exp: Math.floor((Date.now() + DAY_MS) / 1000),
    }
    const forged = signPreviewToken(claims, `${payload.secret}-but-not-quite`)
    expect(verifyPreviewToken(forged, payload.secret)).toEqual(refusal('tampered', 401))
    expect(await checkPreviewToken(payload, forged, guide(guideId))).toEqual(
      refusal('tampered', 401),
    )
    // The same claims under the real secret pass: it is the signature that is refused.
    const genuine = signPreviewToken(claims, payload.secret)
    expect(await checkPreviewToken(payload, genuine, guide(guideId))).toMatchObject({ ok: true })
  })

  it('refuses a token whose own expiry has passed (401 expired)', async () => {
    const link = await createLink('Expired token')
    const exp = Math.floor((Date.now() - 60_000) / 1000)
    const token = signPreviewToken({ link: link.id, guide: guideId, exp }, payload.secret)
    expect(verifyPreviewToken(token, payload.secret)).toEqual(refusal('expired', 401))
    expect(await checkPreviewToken(payload, token, guide(guideId))).toEqual(refusal('expired', 401))
  })

  it('refuses an old token once its stored link was shortened and that time has passed', async () => {
    const link = await createLink('Shortened')
    const token = tokenOf(link) // signed for the default week
    const soon = new Date(Date.now() + 60 * 60 * 1000)
    await payload.update({
      collection: 'preview-links',
      id: link.id,
      data: { expiresAt: soon.toISOString() },
    })
    expect(await checkPreviewToken(payload, token, guide(guideId))).toMatchObject({ ok: true })
    const later = soon.getTime() + 60_000
    expect(verifyPreviewToken(token, payload.secret, later)).toMatchObject({ ok: true })
    expect(await checkPreviewToken(payload, token, guide(guideId), later)).toEqual(
      refusal('expired', 401),
    )
  })

  it('refuses a revoked link at once (403 revoked), and a deleted one the same way', async () => {
    const revoked = await createLink('Revoked')
    const token = tokenOf(revoked)
    await payload.update({ collection: 'preview-links', id: revoked.id, data: { revoked: true } })
    expect(await checkPreviewToken(payload, token, guide(guideId))).toEqual(refusal('revoked', 403))

    const deleted = await createLink('Deleted')
    const deletedToken = tokenOf(deleted)
    await payload.delete({ collection: 'preview-links', id: deleted.id })
    expect(await checkPreviewToken(payload, deletedToken, guide(guideId))).toEqual(
      refusal('revoked', 403),
    )
  })

  it('says a link whose page was deleted is for a page that no longer exists (410), not revoked', async () => {
    const page = await payload.create({
      collection: 'pages',
      data: { title: `Doomed ${Date.now()}`, layout: [] },
      draft: true,
    })
    const link = await payload.create({
      collection: 'preview-links',
      data: {
        page: page.id,
        note: 'Deleted page',
      } as RequiredDataFromCollectionSlug<'preview-links'>,
    })
    linkIds.push(link.id)
    const token = tokenOf(link)
    const target = { relationTo: 'pages' as const, value: page.id }
    expect(await checkPreviewToken(payload, token, target)).toMatchObject({ ok: true })

    await payload.delete({ collection: 'pages', id: page.id })

    const check = await checkPreviewToken(payload, token, target)
    expect(check).toEqual(refusal('gone', 410))
    expect(!check.ok && check.message).toBe(
      'The page this preview link was for no longer exists: it has been deleted.',
    )
  })

  it('refuses a good token on another guide (403 other-guide)', async () => {
    const token = tokenOf(await createLink('Wrong guide'))
    expect(await checkPreviewToken(payload, token, guide(guideId + 1))).toEqual(
      refusal('other-guide', 403),
    )
    expect(await checkPreviewToken(payload, token, undefined)).toEqual(refusal('other-guide', 403))
  })

  it('refuses claims naming another guide than the stored link, even when signed', async () => {
    const link = await createLink('Claims mismatch')
    const exp = Math.floor(new Date(link.expiresAt).getTime() / 1000)
    const token = signPreviewToken({ link: link.id, guide: guideId + 1, exp }, payload.secret)
    expect(await checkPreviewToken(payload, token, guide(guideId + 1))).toEqual(
      refusal('tampered', 401),
    )
  })
})

describe('preview links', () => {
  it('expire 7 days after creation by default', async () => {
    const before = Date.now()
    const link = await createLink('Default expiry')
    const expiresAt = new Date(link.expiresAt).getTime()
    expect(expiresAt).toBeGreaterThanOrEqual(before + 7 * DAY_MS - 1000)
    expect(expiresAt).toBeLessThanOrEqual(Date.now() + 7 * DAY_MS + 1000)
    expect(link.revoked).toBe(false)
  })

  it('refuses an expiry in the past, naming the expiresAt field, and stores nothing', async () => {
    const note = `Back-dated ${Date.now()}`
    const { fields: errors } = await saveRefusal(
      createLink(note, { expiresAt: new Date(Date.now() - DAY_MS).toISOString() }),
    )
    expect(errors).toEqual([
      expect.objectContaining({ path: 'expiresAt', message: 'Expiry must be in the future.' }),
    ])
    const { totalDocs } = await payload.count({
      collection: 'preview-links',
      where: { note: { equals: note } },
    })
    expect(totalDocs).toBe(0)
  })
})
