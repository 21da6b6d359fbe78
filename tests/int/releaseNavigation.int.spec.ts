import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { TAGS } from '@/lib/cache/tags'
import { getReleaseFrameGlobals } from '@/lib/releases/releaseFrame'
import type { Header, Release } from '@/payload-types'

import { emitted, seededGuide, signedInAs } from '../helpers/payload'
import { rest } from '../helpers/routes'

// The navigation is content a release can hold: the header's drafts stay unseen until the release
// publishes them, with the guides, in one go; a revert puts the old navigation back.

const suffix = randomBytes(4).toString('hex')
let payload: Payload
let token = ''
let guide = { id: 0, slug: '', dek: '' }
let before: Header['navigation'] = []
const made = { releases: [] as number[] }

const link = (label: string) => ({ label, linkType: 'custom' as const, url: `/${label}` })
const newLabel = `new-${suffix}`

/** The labels of the navigation readers get: anonymous, published only, as the site reads it. */
async function publishedNavigation(): Promise<string[]> {
  const header = await payload.findGlobal({ slug: 'header', depth: 0, overrideAccess: false })
  const reply = await rest('GET', 'globals/header?draft=true&depth=0')
  const overRest = (reply.body as Partial<Header>).navigation ?? []
  const labels = (header.navigation ?? []).map((row) => row.label)
  // REST asked for drafts, anonymously: it gets what is published, like the site.
  expect(overRest.map((row) => row.label)).toEqual(labels)
  return labels
}

const saveHeaderDraft = (navigation: Header['navigation']) =>
  payload.updateGlobal({ slug: 'header', data: { navigation }, draft: true })

async function release(globals: ('header' | 'footer')[], items: object[] = []) {
  const doc = await payload.create({
    collection: 'releases',
    data: {
      name: `Navigation ${suffix} ${made.releases.length}`,
      items,
      globals: globals.map((global) => ({ global })),
    } as never,
  })
  made.releases.push(doc.id)
  return doc
}

const newestHeaderVersion = async () =>
  (await payload.findGlobalVersions({ slug: 'header', sort: '-updatedAt', limit: 1 })).docs[0]!

beforeAll(async () => {
  let seeded
  ;({ payload, guide: seeded } = await seededGuide())
  guide = { id: seeded.id, slug: seeded.slug, dek: seeded.dek ?? '' }
  await signedInAs(payload, 'admin', 'nav-admin')
  ;({ token } = await signedInAs(payload, 'editor', 'nav-editor'))
  before = (await payload.findGlobal({ slug: 'header', depth: 0, overrideAccess: false }))
    .navigation
})

afterAll(async () => {
  await payload.delete({ collection: 'releases', where: { id: { in: made.releases } } })
  await payload.updateGlobal({
    slug: 'header',
    data: { navigation: before, _status: 'published' },
  })
  await payload.update({
    collection: 'guides',
    id: guide.id,
    data: { dek: guide.dek, _status: 'published' },
  })
})

describe('the header has drafts', () => {
  it('is published as seeded, and a draft saved of it changes nothing readers get', async () => {
    const seeded = await publishedNavigation()
    expect(seeded).toContain('Guides')

    const revalidated = await emitted(async () => {
      await saveHeaderDraft([...(before ?? []), link(newLabel)])
      await saveHeaderDraft([...(before ?? []), link(newLabel), link(`other-${suffix}`)])
    })

    expect(await publishedNavigation()).toEqual(seeded)
    // The second draft followed a draft: nothing readers see changed, nothing was expired.
    expect(revalidated.slice(1)).toEqual([])
    // A signed-in editor's draft read shows it.
    const draft = await payload.findGlobal({ slug: 'header', depth: 0, draft: true })
    expect(draft.navigation?.map((row) => row.label)).toContain(`other-${suffix}`)
    await saveHeaderDraft(before)
  })
})

describe('a release holding the navigation', () => {
  it('publishes a guide change and the new link in one go, once revalidated, and reverts both', async () => {
    const dek = `The dek of release ${suffix}.`
    await payload.update({ collection: 'guides', id: guide.id, data: { dek }, draft: true })
    await saveHeaderDraft([...(before ?? []), link(newLabel)])
    const captured = await newestHeaderVersion()
    const shipped = await release(['header'], [{ doc: { relationTo: 'guides', value: guide.id } }])
    expect(shipped.globals?.[0]).toMatchObject({ global: 'header', version: Number(captured.id) })

    // The release's share link shows its navigation; readers still get the old one.
    const preview = await getReleaseFrameGlobals(shipped.id)
    expect(preview.header?.navigation?.map((row) => row.label)).toContain(newLabel)
    expect(preview.footer).toBeUndefined()
    expect(await publishedNavigation()).not.toContain(newLabel)

    let reply = { status: 0, body: {} as Record<string, unknown> }
    const published = await emitted(async () => {
      reply = await rest('POST', `releases/${shipped.id}/publish`, { token })
    })

    expect(reply.status, JSON.stringify(reply.body)).toBe(200)
    expect(published).toHaveLength(1)
    expect(published[0]).toEqual(expect.arrayContaining([TAGS.frame, TAGS.guide(guide.slug)]))
    expect(await publishedNavigation()).toContain(newLabel)
    const live = await payload.findByID({ collection: 'guides', id: guide.id, draft: false })
    expect(live.dek).toBe(dek)
    const done = (reply.body.release as Release).globals?.[0]
    expect(done?.previousVersion).toEqual(expect.any(Number))

    const reverted = await emitted(async () => {
      reply = await rest('POST', `releases/${shipped.id}/revert`, { token })
    })

    expect(reply.status, JSON.stringify(reply.body)).toBe(200)
    expect(reverted).toHaveLength(1)
    expect(reverted[0]).toContain(TAGS.frame)
    expect(await publishedNavigation()).toEqual((before ?? []).map((row) => row.label))
    const back = await payload.findByID({ collection: 'guides', id: guide.id, draft: false })
    expect(back.dek).toBe(guide.dek)
  })

  it('shows the header out of date once a newer draft is saved, until it takes the newer draft', async () => {
    await saveHeaderDraft([...(before ?? []), link(`first-${suffix}`)])
    const { id } = await release(['header'])
    await saveHeaderDraft([...(before ?? []), link(`second-${suffix}`)])

    const stale = await payload.findByID({ collection: 'releases', id })
    expect(stale.globals?.[0]?.state).toMatch(/^Out of date/)

    const reply = await rest('POST', `releases/${id}/take-newer`, { token })
    expect(reply.status, JSON.stringify(reply.body)).toBe(200)
    const fresh = await payload.findByID({ collection: 'releases', id })
    expect(fresh.globals?.[0]?.state).toBe('Up to date.')
    expect(fresh.globals?.[0]?.version).toBe(Number((await newestHeaderVersion()).id))
    await saveHeaderDraft(before)
  })

  it('keeps the header version it captured when the admin autosaves the header afterwards', async () => {
    const autosaveHeader = (navigation: Header['navigation']) =>
      rest('POST', 'globals/header?draft=true&autosave=true&depth=0', {
        token,
        body: { navigation },
      })
    let reply = await autosaveHeader([...(before ?? []), link(`captured-${suffix}`)])
    expect(reply.status, JSON.stringify(reply.body)).toBe(200)
    const { id } = await release(['header'])
    const held = (await payload.findByID({ collection: 'releases', id })).globals?.[0]?.version

    reply = await autosaveHeader([...(before ?? []), link(`after-${suffix}`)])
    expect(reply.status, JSON.stringify(reply.body)).toBe(200)

    // Autosave rewrites its newest version in place; the captured one was frozen, so it made a new one.
    const kept = await payload.findGlobalVersionByID({ slug: 'header', id: String(held) })
    expect(kept.version.navigation?.map((row) => row.label)).toContain(`captured-${suffix}`)
    expect(Number((await newestHeaderVersion()).id)).not.toBe(held)
    const stale = await payload.findByID({ collection: 'releases', id })
    expect(stale.globals?.[0]?.state).toMatch(/^Out of date/)
    await saveHeaderDraft(before)
  })

  it('refuses the same setting twice, naming the row', async () => {
    const error = await release(['header', 'header']).catch((e: unknown) => e)
    expect((error as Error).message).toBeTruthy()
    const errors = (error as { data?: { errors?: { path: string; message: string }[] } }).data
      ?.errors
    expect(errors?.[0]).toMatchObject({ path: 'globals.1.global' })
    expect(errors?.[0]?.message).toContain('already in this release')
  })

  it('publishes nothing when the header it holds is invalid, and names the header', async () => {
    const dek = `A dek that must not go live ${suffix}.`
    await payload.update({ collection: 'guides', id: guide.id, data: { dek }, draft: true })
    // Drafts may be incomplete; publishing may not: a link needs a label.
    await saveHeaderDraft([...(before ?? []), { ...link(newLabel), label: '' }])
    const { id } = await release(['header'], [{ doc: { relationTo: 'guides', value: guide.id } }])

    const reply = await rest('POST', `releases/${id}/publish`, { token })

    expect(reply.status).toBe(400)
    const [error] = reply.body.errors as { message: string }[]
    expect(error!.message).toContain('the header settings')
    expect(error!.message).toContain('navigation')
    const live = await payload.findByID({ collection: 'guides', id: guide.id, draft: false })
    expect(live.dek).toBe(guide.dek)
    expect(await publishedNavigation()).toEqual((before ?? []).map((row) => row.label))
    await saveHeaderDraft(before)
  })
})
