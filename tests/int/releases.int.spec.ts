import { randomBytes } from 'node:crypto'
import fc from 'fast-check'
import type { Payload, RequiredDataFromCollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { TAGS } from '@/lib/cache/tags'
import { findGuideChanges, moveText } from '@/lib/content/changes'
import { getReleaseGuide } from '@/lib/releases/releaseGuide'
import { checkPreviewToken } from '@/lib/preview/shareLinks'
import { relationId } from '@/lib/content/relationId'
import type { Release } from '@/payload-types'

import { emitted, frameworkData, seededGuide, signedInAs } from '../helpers/payload'
import { paragraph } from '../helpers/richText'
import { graphqlRequest, rest } from '../helpers/routes'

// Releases ship drafts of several documents as one: all or nothing, and back again as one.

const suffix = randomBytes(4).toString('hex')
let payload: Payload
let token = ''
const ids = { a: 0, b: 0, c: 0, caveat: 0, guide: 0 }
let guideSlug = ''
const made = { releases: [] as number[] }

const names = { a: `Alpha ${suffix}`, b: `Bravo ${suffix}`, c: `Charlie ${suffix}` }
const original = { blurb: 'The published blurb.', caveat: 'The published caveat.' }

async function draft(collection: 'frameworks' | 'caveats' | 'guides', id: number, data: object) {
  await payload.update({ collection, id, data, draft: true })
}

async function release(items: { relationTo: string; value: number }[], note?: string) {
  const doc = await payload.create({
    collection: 'releases',
    data: {
      name: `Release ${suffix} ${made.releases.length}`,
      note,
      items: items.map((doc) => ({ doc })),
    } as never,
  })
  made.releases.push(doc.id)
  return doc
}

/** The published text of a framework's blurb or a caveat's body, as readers get it. */
const published = async (collection: 'frameworks' | 'caveats', id: number) => {
  const doc = await payload.findByID({ collection, id, depth: 0, draft: false })
  return JSON.stringify('blurb' in doc ? doc.blurb : doc.body)
}

const publishedBestFor = async (id: number) =>
  (await payload.findByID({ collection: 'frameworks', id, depth: 0, draft: false })).bestFor

const rankingOf = async () => {
  const guide = await payload.findByID({ collection: 'guides', id: ids.guide, depth: 0 })
  return (guide.ranking ?? []).map((row) => relationId(row.framework))
}

beforeAll(async () => {
  ;({ payload } = await seededGuide())
  // On an empty database the first account is made an admin: the editor comes second.
  await signedInAs(payload, 'admin', 'releases-admin')
  ;({ token } = await signedInAs(payload, 'editor', 'releases'))
  for (const key of ['a', 'b', 'c'] as const) {
    const doc = await payload.create({
      collection: 'frameworks',
      data: frameworkData(names[key], { blurb: paragraph(original.blurb) }),
    })
    ids[key] = doc.id
  }
  ids.caveat = (
    await payload.create({
      collection: 'caveats',
      data: { label: `Caveat ${suffix}`, body: paragraph(original.caveat), _status: 'published' },
    })
  ).id
  const guide = await payload.create({
    collection: 'guides',
    data: {
      title: `Release guide ${suffix}`,
      dek: 'A guide made by the release tests.',
      cta: { heading: 'Try it' },
      ranking: [ids.a, ids.b, ids.c].map((framework) => ({ framework })),
      caveatsSection: { caveats: [ids.caveat] },
      _status: 'published',
    } as RequiredDataFromCollectionSlug<'guides'>,
  })
  ids.guide = guide.id
  guideSlug = guide.slug
})

afterAll(async () => {
  await payload.delete({ collection: 'releases', where: { id: { in: made.releases } } })
  await payload.delete({ collection: 'guide-changes', where: { guide: { equals: ids.guide } } })
  await payload.delete({ collection: 'guides', where: { id: { equals: ids.guide } } })
  await payload.delete({ collection: 'caveats', where: { id: { equals: ids.caveat } } })
  await payload.delete({
    collection: 'frameworks',
    where: { id: { in: [ids.a, ids.b, ids.c] } },
  })
})

describe('publishing a release', () => {
  it('publishes nothing when one document is invalid, and names that document and field', async () => {
    await draft('frameworks', ids.a, { blurb: paragraph('Alpha, rewritten.') })
    // Drafts may be incomplete; publishing may not.
    await draft('frameworks', ids.b, { bestFor: '' })
    const { id } = await release([
      { relationTo: 'frameworks', value: ids.a },
      { relationTo: 'frameworks', value: ids.b },
    ])

    const reply = await rest('POST', `releases/${id}/publish`, { token })

    expect(reply.status).toBe(400)
    const [error] = reply.body.errors as { message: string }[]
    expect(error!.message).toContain(`frameworks “${names.b}”`)
    expect(error!.message).toContain('bestFor')
    // Alpha came first and was valid: rolled back with the rest.
    expect(await published('frameworks', ids.a)).toContain(original.blurb)
    expect((await payload.findByID({ collection: 'releases', id })).status).toBe('open')
    await draft('frameworks', ids.b, { bestFor: 'Tests' })
  })

  it('publishes every document at once, records the rank moves, and reverts them all', async () => {
    await draft('guides', ids.guide, {
      ranking: [ids.a, ids.c, ids.b].map((framework) => ({ framework })),
    })
    await draft('frameworks', ids.a, { blurb: paragraph('Alpha, in the release.') })
    await draft('caveats', ids.caveat, { body: paragraph('The caveat, in the release.') })
    const note = `Charlie moves up (${suffix}).`
    const shipped = await release(
      [
        { relationTo: 'guides', value: ids.guide },
        { relationTo: 'frameworks', value: ids.a },
        { relationTo: 'caveats', value: ids.caveat },
      ],
      note,
    )
    // A draft saved after the release captured it stays out of the release.
    await draft('frameworks', ids.a, { blurb: paragraph('Alpha, after the release was made.') })

    let reply = { status: 0, body: {} as Record<string, unknown> }
    const revalidated = await emitted(async () => {
      reply = await rest('POST', `releases/${shipped.id}/publish`, { token })
    })

    expect(reply.status, JSON.stringify(reply.body)).toBe(200)
    // One revalidation, after the commit, holding the guide's tag.
    expect(revalidated).toHaveLength(1)
    expect(revalidated[0]).toContain(TAGS.guide(guideSlug))
    expect(await rankingOf()).toEqual([ids.a, ids.c, ids.b])
    expect(await published('frameworks', ids.a)).toContain('Alpha, in the release.')
    expect(await published('caveats', ids.caveat)).toContain('in the release')

    const { docs: changes } = await payload.find({
      collection: 'guide-changes',
      where: { guide: { equals: ids.guide } },
      sort: '-at',
      depth: 0,
    })
    expect(changes[0]).toMatchObject({
      kind: 'publish',
      release: shipped.id,
      moves: [
        { framework: ids.c, from: 3, to: 2 },
        { framework: ids.b, from: 2, to: 3 },
      ],
    })

    const again = await rest('POST', `releases/${shipped.id}/publish`, { token })
    expect(again.status).toBe(409)
    expect((again.body.errors as { message: string }[])[0]!.message).toMatch(/status: .*published/)

    const reverted = await emitted(async () => {
      reply = await rest('POST', `releases/${shipped.id}/revert`, { token })
    })
    expect(reply.status, JSON.stringify(reply.body)).toBe(200)
    expect(reverted).toHaveLength(1)
    expect(await rankingOf()).toEqual([ids.a, ids.b, ids.c])
    expect(await published('frameworks', ids.a)).toContain(original.blurb)
    expect(await published('caveats', ids.caveat)).toContain(original.caveat)
    expect((reply.body.release as Release).status).toBe('reverted')
  })

  it('lists the published changes newest first, by name, and leaves out a hidden one', async () => {
    const changes = await findGuideChanges(payload, ids.guide, 5)
    expect(changes.map((change) => change.kind)).toEqual(['revert', 'publish'])
    const [reverted, shipped] = changes
    expect(shipped!.note).toBe(`Charlie moves up (${suffix}).`)
    expect(shipped!.moves.map((move) => moveText(move, '#'))).toEqual([
      `${names.c}: #3 → #2`,
      `${names.b}: #2 → #3`,
    ])
    expect(reverted!.moves.map((move) => moveText(move, '#'))).toEqual([
      `${names.b}: #3 → #2`,
      `${names.c}: #2 → #3`,
    ])

    // A marketer hides the revert: readers see the publish only, and the guide's page expires.
    const hidden = await emitted(() =>
      rest('PATCH', `guide-changes/${reverted!.id}`, { token, body: { hidden: true } }),
    )
    expect(hidden).toEqual([[TAGS.guide(guideSlug)]])
    expect((await findGuideChanges(payload, ids.guide, 5)).map((change) => change.id)).toEqual([
      shipped!.id,
    ])
  })

  it('shows an item as out of date once its document changes, until it takes the newer draft', async () => {
    const made = await release([{ relationTo: 'frameworks', value: ids.c }])
    const state = async () =>
      (await payload.findByID({ collection: 'releases', id: made.id, depth: 0 })).items?.[0]?.state
    expect(await state()).toBe('Up to date.')
    await draft('frameworks', ids.c, { bestFor: `Changed ${suffix}` })
    expect(await state()).toMatch(/^Out of date/)
    const taken = await rest('POST', `releases/${made.id}/take-newer`, { token })
    expect(taken.status).toBe(200)
    expect(await state()).toBe('Up to date.')
  })
})

describe('adding a document from the document itself', () => {
  const add = (releaseId: number, body: unknown, as = token) =>
    rest('POST', `releases/${releaseId}/add`, { token: as || undefined, body })
  const stored = async (id: number) => {
    const { items, status, updatedAt } = await payload.findByID({
      collection: 'releases',
      id,
      depth: 0,
    })
    return JSON.stringify({ items, status, updatedAt })
  }
  const newestVersion = async (id: number) =>
    (
      await payload.findVersions({
        collection: 'frameworks',
        where: { parent: { equals: id } },
        sort: '-updatedAt',
        limit: 1,
      })
    ).docs[0]!.id

  const publishedVersionOf = async (id: number) =>
    (
      await payload.findVersions({
        collection: 'frameworks',
        where: {
          and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }],
        },
        sort: '-updatedAt',
        limit: 1,
      })
    ).docs[0]!.id

  it('adds the newest draft, and takes a newer one when the document is already there', async () => {
    const made = await release([{ relationTo: 'frameworks', value: ids.a }])
    await draft('frameworks', ids.b, { bestFor: `Added ${suffix}` })

    const added = await add(made.id, { collection: 'frameworks', id: ids.b })

    expect(added.status, JSON.stringify(added.body)).toBe(200)
    expect(added.body.message).toBe(`Added to “${made.name}”.`)
    const items = (await payload.findByID({ collection: 'releases', id: made.id })).items!
    expect(items.map((item) => relationId(item.doc.value))).toEqual([ids.a, ids.b])
    const version = await newestVersion(ids.b)
    expect(items[1]).toMatchObject({ version, state: 'Up to date.' })
    // Payload's comparison of the added draft with the published version.
    const live = await publishedVersionOf(ids.b)
    expect(items[1]!.compare).toBe(
      `/admin/collections/frameworks/${ids.b}/versions/${version}?versionFrom=${live}`,
    )

    const again = await add(made.id, { collection: 'frameworks', id: String(ids.b) })
    expect(again.status).toBe(200)
    expect(again.body.message).toBe(`Already in “${made.name}”, with its newest draft.`)

    await draft('frameworks', ids.b, { bestFor: `Added, then changed ${suffix}` })
    const newer = await add(made.id, { collection: 'frameworks', id: ids.b })
    expect(newer.body.message).toBe(`Already in “${made.name}”: it now holds the newest draft.`)
    const after = (await payload.findByID({ collection: 'releases', id: made.id })).items!
    expect(after).toHaveLength(2)
    expect(after[1]).toMatchObject({ version: await newestVersion(ids.b), state: 'Up to date.' })
    expect(after[0]!.version).toBe(items[0]!.version)
  })

  it('refuses a published or reverted release, naming its status, and leaves it unchanged', async () => {
    const closed = await release([{ relationTo: 'frameworks', value: ids.a }])
    // As a revert leaves it, without publishing anything the other tests read.
    await payload.update({
      collection: 'releases',
      id: closed.id,
      data: { status: 'reverted' },
      context: { releaseAction: 'revert' },
    })
    const before = await stored(closed.id)

    const reply = await add(closed.id, { collection: 'frameworks', id: ids.b })

    expect(reply.status).toBe(409)
    const [error] = reply.body.errors as { message: string }[]
    expect(error!.message).toMatch(/^status: the release is reverted/)
    expect(await stored(closed.id)).toBe(before)
  })

  it('refuses anonymous requests, bad input naming the field, and unknown releases', async () => {
    const made = await release([{ relationTo: 'frameworks', value: ids.a }])
    const before = await stored(made.id)
    const refusals: [unknown, number, RegExp, string?][] = [
      [{ collection: 'frameworks', id: ids.b }, 401, /Sign in/, ''],
      [{ collection: 'users', id: 1 }, 400, /collection: must be one of: guides, .* not "users"/],
      [{ id: ids.b }, 400, /collection: must be one of/],
      [{ collection: 'frameworks', id: 'b' }, 400, /id: must be the id of a document/],
      [
        { collection: 'frameworks', id: 2_147_483_647 },
        400,
        /id: frameworks 2147483647 does not exist/,
      ],
    ]
    for (const [body, status, message, as] of refusals) {
      const reply = await add(made.id, body, as)
      expect(reply.status, JSON.stringify(body)).toBe(status)
      const [error] = reply.body.errors as { message: string }[]
      expect(error!.message, JSON.stringify(body)).toMatch(message)
    }
    const unknown = await add(2_147_483_647, { collection: 'frameworks', id: ids.b })
    expect(unknown.status).toBe(404)
    expect(await stored(made.id)).toBe(before)
  })

  it('answers any other body with a 400, never a 5xx, and changes nothing', async () => {
    const made = await release([{ relationTo: 'frameworks', value: ids.a }])
    const before = await stored(made.id)
    const bodies = fc.oneof(
      fc.anything(),
      fc.record({ collection: fc.anything(), id: fc.anything() }, { requiredKeys: [] }),
      fc.record({ collection: fc.string(), id: fc.integer() }),
    )
    await fc.assert(
      fc.asyncProperty(bodies, async (body) => {
        const { collection, id } = (body ?? {}) as { collection?: unknown; id?: unknown }
        // The one shape that may add a document: leave it to the tests above.
        fc.pre(!(collection === 'frameworks' && (id === ids.a || id === String(ids.a))))
        const reply = await add(made.id, body)
        expect(reply.status, JSON.stringify(reply.body)).toBeGreaterThanOrEqual(400)
        expect(reply.status, JSON.stringify(reply.body)).toBeLessThan(500)
      }),
      { numRuns: 40, seed: 20261124 },
    )
    expect(await stored(made.id)).toBe(before)
  })
})

describe('scheduling a release', () => {
  it('fires once when due, even when the queue runs twice at the same moment', async () => {
    await draft('frameworks', ids.c, { bestFor: `Scheduled ${suffix}` })
    const scheduled = await release([{ relationTo: 'frameworks', value: ids.c }])
    // A time already due: the job is runnable at once, no waiting for the clock.
    const at = new Date(Date.now() - 1_000).toISOString()
    const saved = await payload.update({
      collection: 'releases',
      id: scheduled.id,
      data: { publishAt: at },
    })
    expect(saved.status).toBe('scheduled')

    // Two runners that read the same due job (the server's advisory lock normally prevents it;
    // Payload's own bookkeeping of the job may then fail in one): the release publishes once.
    await Promise.allSettled([
      payload.jobs.run({ allQueues: true }),
      payload.jobs.run({ allQueues: true }),
    ])

    expect(await publishedBestFor(ids.c)).toBe(`Scheduled ${suffix}`)
    expect((await payload.findByID({ collection: 'releases', id: scheduled.id })).status).toBe(
      'published',
    )
    const { totalDocs } = await payload.findVersions({
      collection: 'frameworks',
      where: {
        and: [
          { parent: { equals: ids.c } },
          { 'version._status': { equals: 'published' } },
          { 'version.bestFor': { equals: `Scheduled ${suffix}` } },
        ],
      },
    })
    expect(totalDocs).toBe(1)
  })

  it('does not fire at a time it was moved away from', async () => {
    await draft('frameworks', ids.c, { bestFor: `Rescheduled ${suffix}` })
    const moved = await release([{ relationTo: 'frameworks', value: ids.c }])
    // The first time is already due when it is moved away from: its job runs below, and skips.
    const soon = new Date(Date.now() - 1_000).toISOString()
    await payload.update({ collection: 'releases', id: moved.id, data: { publishAt: soon } })
    const later = new Date(Date.now() + 3_600_000).toISOString()
    await payload.update({ collection: 'releases', id: moved.id, data: { publishAt: later } })

    await payload.jobs.run({ allQueues: true })

    expect(await publishedBestFor(ids.c)).toBe(`Scheduled ${suffix}`)
    expect((await payload.findByID({ collection: 'releases', id: moved.id })).status).toBe(
      'scheduled',
    )
  })
})

describe('previewing a release', () => {
  it('shows the release over what is published, and no other draft', async () => {
    await draft('guides', ids.guide, {
      ranking: [ids.b, ids.a, ids.c].map((framework) => ({ framework })),
    })
    await draft('frameworks', ids.b, { bestFor: `In the release ${suffix}` })
    const previewed = await release([
      { relationTo: 'guides', value: ids.guide },
      { relationTo: 'frameworks', value: ids.b },
    ])
    // Saved after the release was made, and one not in it at all: neither shows.
    await draft('frameworks', ids.b, { bestFor: `After the release ${suffix}` })
    await draft('frameworks', ids.c, { bestFor: `Unrelated draft ${suffix}` })

    const guide = await getReleaseGuide(guideSlug, previewed.id)

    expect(guide!.ranking.map((framework) => framework.id)).toEqual([ids.b, ids.a, ids.c])
    expect(guide!.ranking.map((framework) => framework.bestFor)).toEqual([
      `In the release ${suffix}`,
      await publishedBestFor(ids.a),
      await publishedBestFor(ids.c),
    ])
  })

  it('opens with a share link for the release only where the release is shown', async () => {
    const previewed = made.releases.at(-1)!
    const link = await payload.create({
      collection: 'preview-links',
      data: {
        release: previewed,
        note: `Release review ${suffix}`,
        expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
      },
    })
    const token = new URL(link.url!).searchParams.get('token')!
    const page = { relationTo: 'guides' as const, value: ids.guide }
    // Where every draft would show (a guide's or page's own preview), it is refused.
    expect((await checkPreviewToken(payload, token, page)).ok).toBe(false)
    const check = await checkPreviewToken(payload, token, page, Date.now(), { release: true })
    expect(check.ok && check.claims.release).toBe(previewed)
  })
})

describe('who sees releases', () => {
  it('anonymous readers get no release and no changelog entry over REST or GraphQL', async () => {
    const made = await release([{ relationTo: 'frameworks', value: ids.a }], 'Secret note')
    for (const path of ['releases', `releases/${made.id}`, 'guide-changes']) {
      const reply = await rest('GET', path)
      expect(reply.status, path).toBe(403)
      expect(JSON.stringify(reply.body), path).not.toContain('Secret note')
    }
    const query = `{ Releases { docs { id name note } } Release(id: ${made.id}) { name } }`
    const reply = await graphqlRequest({ body: { query } })
    expect(JSON.stringify(reply.body)).not.toContain('Secret note')
    expect(JSON.stringify(reply.body)).not.toContain(made.name)
    const publish = await rest('POST', `releases/${made.id}/publish`)
    expect(publish.status).toBe(401)
    expect((await payload.findByID({ collection: 'releases', id: made.id })).status).toBe('open')
  })

  it('an editor reads releases', async () => {
    const reply = await rest('GET', 'releases?limit=100', { token })
    expect(reply.status).toBe(200)
    expect(reply.body.totalDocs).toBeGreaterThanOrEqual(1)
  })
})
