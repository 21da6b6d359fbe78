import '../helpers/nextRuntime'

import { randomBytes } from 'node:crypto'
import fc from 'fast-check'
import type { Payload, RequiredDataFromCollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { findGuideChanges } from '@/lib/content/changes'
import { env } from '@/lib/env'

import { GET as changesFeedRoute } from '../../app/(site)/changes-feed/[slug]/route'
import { withoutDataCache } from '../helpers/nextRuntime'
import { frameworkData, seededGuide, signedInAs } from '../helpers/payload'
import { graphqlRequest, rest } from '../helpers/routes'

// A guide's "What changed" entries are written by publishing. An editor may hide one; nothing
// else, through any API: above all not point it at a release that never went out, whose private
// note would then be shown to readers.

const suffix = randomBytes(4).toString('hex')
let payload: Payload
let token = ''
let restoreCache = () => {}
const ids = { framework: 0, guide: 0, otherGuide: 0, published: 0, open: 0, entry: 0 }
const slug = `locked-changes-${suffix}`
const PRIVATE = `Private plans ${suffix}`
const PUBLIC = `Public note ${suffix}`

const stored = () =>
  payload.findByID({ collection: 'guide-changes', id: ids.entry, depth: 0, overrideAccess: true })

const guideData = (title: string, guideSlug: string) =>
  ({
    title,
    slug: guideSlug,
    dek: 'A guide the changelog tests use.',
    cta: { heading: 'Try it' },
    ranking: [{ framework: ids.framework }],
    _status: 'published',
  }) as RequiredDataFromCollectionSlug<'guides'>

beforeAll(async () => {
  ;({ payload } = await seededGuide())
  restoreCache = withoutDataCache()
  await signedInAs(payload, 'admin', 'locked-admin')
  ;({ token } = await signedInAs(payload, 'editor', 'locked-editor'))
  const framework = frameworkData(`Locked ${suffix}`)
  ids.framework = (await payload.create({ collection: 'frameworks', data: framework })).id
  ids.guide = (await payload.create({ collection: 'guides', data: guideData('Locked', slug) })).id
  ids.otherGuide = (
    await payload.create({ collection: 'guides', data: guideData('Other', `${slug}-other`) })
  ).id
  const release = async (note: string) => {
    await payload.update({
      collection: 'frameworks',
      id: ids.framework,
      data: { bestFor: note },
      draft: true,
    })
    const items = [{ doc: { relationTo: 'frameworks', value: ids.framework } }]
    return (
      await payload.create({
        collection: 'releases',
        data: { name: `Locked ${note}`, note, items } as never,
      })
    ).id
  }
  ids.published = await release(PUBLIC)
  const reply = await rest('POST', `releases/${ids.published}/publish`, { token })
  if (reply.status !== 200) throw new Error(`fixture: publish: ${JSON.stringify(reply.body)}`)
  ids.open = await release(PRIVATE)
  const { docs } = await payload.find({
    collection: 'guide-changes',
    where: { guide: { equals: ids.guide } },
    depth: 0,
  })
  ids.entry = docs[0]!.id
}, 120_000)

afterAll(async () => {
  const guides = [ids.guide, ids.otherGuide]
  await payload.delete({ collection: 'guide-changes', where: { guide: { in: guides } } })
  await payload.delete({
    collection: 'releases',
    where: { id: { in: [ids.published, ids.open] } },
  })
  await payload.delete({ collection: 'guides', where: { id: { in: guides } } })
  await payload.delete({ collection: 'frameworks', where: { id: { equals: ids.framework } } })
  restoreCache()
})

/** A note readers would see: on the guide's "What changed" (and so its twin) and in its feed. */
async function readersSee(note: string) {
  const onPage = (await findGuideChanges(payload, ids.guide, 50)).some((c) => c.note === note)
  const feed = await changesFeedRoute(new Request(`${env.SITE_URL}/guides/${slug}/changes.xml`), {
    params: Promise.resolve({ slug }),
  })
  return { onPage, inFeed: (await feed.text()).includes(note) }
}

type Edit = { field: string; value: unknown }
const edits = (): fc.Arbitrary<Edit> =>
  fc.oneof(
    fc.constant({ field: 'release', value: ids.open }),
    fc.constant({ field: 'release', value: null }),
    fc.constant({ field: 'guide', value: ids.otherGuide }),
    fc.constant({ field: 'kind', value: 'revert' }),
    fc
      .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
      .map((at) => ({ field: 'at', value: at.toISOString() })),
    fc
      .record({ from: fc.integer({ min: 1, max: 50 }), to: fc.integer({ min: 1, max: 50 }) })
      .map((move) => ({ field: 'moves', value: [{ framework: ids.framework, ...move }] })),
  )

async function send(api: 'REST' | 'GraphQL', data: Record<string, unknown>) {
  if (api === 'REST') {
    const reply = await rest('PATCH', `guide-changes/${ids.entry}`, { token, body: data })
    return { status: reply.status, body: JSON.stringify(reply.body) }
  }
  const query = `mutation ($id: Int!, $data: mutationGuideChangeUpdateInput!) {
    updateGuideChange(id: $id, data: $data) { id } }`
  const reply = await graphqlRequest({ token, body: { query, variables: { id: ids.entry, data } } })
  const codes = (reply.body.errors ?? []).map((e) => e.extensions?.statusCode ?? 400)
  return { status: Math.max(reply.status, ...codes), body: JSON.stringify(reply.body) }
}

describe('a guide change entry', () => {
  it('shows a published release’s note; never that of an open release', async () => {
    expect(await readersSee(PUBLIC)).toEqual({ onPage: true, inFeed: true })
    // As only the system can: an entry naming the open release (data from before this rule).
    const planted = await payload.create({
      collection: 'guide-changes',
      data: { guide: ids.guide, release: ids.open, kind: 'revert', at: new Date().toISOString() },
    })
    try {
      expect(await readersSee(PRIVATE)).toEqual({ onPage: false, inFeed: false })
    } finally {
      await payload.delete({ collection: 'guide-changes', id: planted.id })
    }
  })

  it('an editor cannot repoint it or edit it, over REST or GraphQL: 4xx naming the field', async () => {
    const before = JSON.stringify(await stored())
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('REST', 'GraphQL' as const), edits(), async (api, edit) => {
        const sent = await send(api, { [edit.field]: edit.value, hidden: true })
        const label = `${api} ${JSON.stringify(edit)} → ${sent.status} ${sent.body}`
        expect(sent.status, label).toBeGreaterThanOrEqual(400)
        expect(sent.status, label).toBeLessThan(500)
        expect(sent.body, label).toContain(`${edit.field}: is written by the publish`)
        expect(JSON.stringify(await stored()), `${label}: stored`).toBe(before)
      }),
      { numRuns: 24 },
    )
    expect(await readersSee(PRIVATE)).toEqual({ onPage: false, inFeed: false })
  })

  it('an editor can hide it and show it again, also sending every field back unchanged', async () => {
    const entry = await stored()
    const hidden = await rest('PATCH', `guide-changes/${ids.entry}`, {
      token,
      // As the admin's form sends it: every field.
      body: { ...entry, hidden: true },
    })
    expect(hidden.status, JSON.stringify(hidden.body)).toBe(200)
    expect({ ...(await stored()), updatedAt: entry.updatedAt }).toEqual({ ...entry, hidden: true })
    expect((await readersSee(PUBLIC)).onPage).toBe(false)
    const shown = await send('GraphQL', { hidden: false })
    expect(shown.status, shown.body).toBe(200)
    expect((await stored()).hidden).toBe(false)
  })
})
