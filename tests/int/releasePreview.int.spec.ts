import { randomBytes } from 'node:crypto'

import type { Payload, RequiredDataFromCollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { getReleasePage } from '@/lib/content/page'
import { getReleaseGuide } from '@/lib/releases/releaseGuide'
import { checkPreviewToken } from '@/lib/preview/shareLinks'
import type { Page } from '@/payload-types'

import { frameworkData, scoredAll, seededGuide } from '../helpers/payload'
import { rest } from '../helpers/routes'
import { paragraph } from '../helpers/richText'

// A release preview shows everything the release holds, pages included, at the versions it
// captured; readers see none of it until it is published, and its share link says so plainly
// once the release is gone.

const suffix = randomBytes(4).toString('hex')
let payload: Payload
const slugs = { changed: `changed-${suffix}`, fresh: `fresh-${suffix}` }
const ids = { changed: 0, fresh: 0, framework: 0, criterion: 0, caveat: 0, guide: 0 }
let guideSlug = ''
const made = { releases: [] as number[], links: [] as number[] }

const body = (text: string): Page['layout'] => [{ blockType: 'prose', content: paragraph(text) }]

/** The text of a page's body, as the page's blocks render it. */
const textOf = (page: Page | null) => JSON.stringify(page?.layout ?? null)

async function release(items: { relationTo: string; value: number }[]) {
  const doc = await payload.create({
    collection: 'releases',
    data: {
      name: `Preview ${suffix} ${made.releases.length}`,
      items: items.map((doc) => ({ doc })),
    } as never,
  })
  made.releases.push(doc.id)
  return doc
}

/** The page at `slug` as an anonymous reader gets it, over the Local API and over REST. */
async function readerPage(slug: string) {
  const { docs } = await payload.find({
    collection: 'pages',
    where: { slug: { equals: slug } },
    depth: 0,
    draft: false,
    overrideAccess: false,
  })
  const reply = await rest('GET', `pages?where[slug][equals]=${slug}&depth=0`)
  expect((reply.body.docs as Page[]).map((doc) => doc.title)).toEqual(docs.map((d) => d.title))
  return docs[0] ?? null
}

/** The token of a share link made for `release`. */
async function releaseLinkToken(release: number) {
  const link = await payload.create({
    collection: 'preview-links',
    data: {
      release,
      note: `Release preview ${suffix}`,
      expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    },
  })
  made.links.push(link.id)
  return new URL(link.url!).searchParams.get('token')!
}

beforeAll(async () => {
  ;({ payload } = await seededGuide())
  const changed = await payload.create({
    collection: 'pages',
    data: {
      title: `Published title ${suffix}`,
      slug: slugs.changed,
      layout: body('The published body.'),
      _status: 'published',
    },
  })
  ids.changed = changed.id
  // Never published: the release publishes it for the first time.
  const fresh = await payload.create({
    collection: 'pages',
    data: { title: `New page ${suffix}`, slug: slugs.fresh, layout: body('A new page.') },
    draft: true,
  })
  ids.fresh = fresh.id
  ids.framework = (
    await payload.create({ collection: 'frameworks', data: frameworkData(`Preview ${suffix}`) })
  ).id
  ids.criterion = (
    await payload.create({
      collection: 'criteria',
      data: { name: `Criterion ${suffix}`, question: 'Published question?', _status: 'published' },
    })
  ).id
  ids.caveat = (
    await payload.create({
      collection: 'caveats',
      data: { label: `Caveat ${suffix}`, body: paragraph('Published.'), _status: 'published' },
    })
  ).id
  const guide = await payload.create({
    collection: 'guides',
    data: {
      title: `Preview guide ${suffix}`,
      dek: 'A guide made by the release preview tests.',
      cta: { heading: 'Try it' },
      ranking: [{ framework: ids.framework }],
      criteriaSection: { criteria: [ids.criterion] },
      scorecardSection: scoredAll([ids.criterion], [ids.framework]),
      caveatsSection: { caveats: [ids.caveat] },
      _status: 'published',
    } as RequiredDataFromCollectionSlug<'guides'>,
  })
  ids.guide = guide.id
  guideSlug = guide.slug
})

afterAll(async () => {
  await payload.delete({ collection: 'preview-links', where: { id: { in: made.links } } })
  await payload.delete({ collection: 'releases', where: { id: { in: made.releases } } })
  await payload.delete({ collection: 'guide-changes', where: { guide: { equals: ids.guide } } })
  await payload.delete({ collection: 'guides', where: { id: { equals: ids.guide } } })
  await payload.delete({ collection: 'pages', where: { id: { in: [ids.changed, ids.fresh] } } })
  await payload.delete({ collection: 'caveats', where: { id: { equals: ids.caveat } } })
  await payload.delete({ collection: 'criteria', where: { id: { equals: ids.criterion } } })
  await payload.delete({ collection: 'frameworks', where: { id: { equals: ids.framework } } })
})

describe('a release preview', () => {
  it('shows a page the release changes and one it publishes first; readers see neither', async () => {
    await payload.update({
      collection: 'pages',
      id: ids.changed,
      data: { title: `Release title ${suffix}`, layout: body('The body in the release.') },
      draft: true,
    })
    const previewed = await release([
      { relationTo: 'pages', value: ids.changed },
      { relationTo: 'pages', value: ids.fresh },
    ])
    // Saved after the release captured its version: the preview does not show it.
    await payload.update({
      collection: 'pages',
      id: ids.changed,
      data: { title: `Later draft ${suffix}`, layout: body('A later draft.') },
      draft: true,
    })

    const changed = await getReleasePage(slugs.changed, previewed.id)
    const fresh = await getReleasePage(slugs.fresh, previewed.id)

    expect(changed).toMatchObject({ id: ids.changed, title: `Release title ${suffix}` })
    expect(textOf(changed)).toContain('The body in the release.')
    expect(fresh).toMatchObject({ id: ids.fresh, title: `New page ${suffix}` })
    expect(textOf(fresh)).toContain('A new page.')

    expect(await readerPage(slugs.fresh)).toBeNull()
    const live = await readerPage(slugs.changed)
    expect(live?.title).toBe(`Published title ${suffix}`)
    expect(textOf(live)).toContain('The published body.')
  })

  it('shows published pages the release does not hold, and no other draft', async () => {
    const other = await release([{ relationTo: 'guides', value: ids.guide }])

    const changed = await getReleasePage(slugs.changed, other.id)

    expect(changed?.title).toBe(`Published title ${suffix}`)
    expect(await getReleasePage(slugs.fresh, other.id)).toBeNull()
    expect(await getReleasePage(`missing-${suffix}`, other.id)).toBeNull()
  })

  it('shows the criterion and caveat the release holds inside the guide, and no other draft', async () => {
    await payload.update({
      collection: 'criteria',
      id: ids.criterion,
      data: { question: 'Question in the release?' },
      draft: true,
    })
    await payload.update({
      collection: 'caveats',
      id: ids.caveat,
      data: { label: `Caveat in the release ${suffix}` },
      draft: true,
    })
    await payload.update({
      collection: 'frameworks',
      id: ids.framework,
      data: { bestFor: 'A draft outside the release' },
      draft: true,
    })
    const previewed = await release([
      { relationTo: 'criteria', value: ids.criterion },
      { relationTo: 'caveats', value: ids.caveat },
    ])

    const guide = await getReleaseGuide(guideSlug, previewed.id)

    expect(guide?.criteriaSection.criteria.map((c) => c.question)).toEqual([
      'Question in the release?',
    ])
    expect(guide?.caveatsSection.caveats.map((c) => c.label)).toEqual([
      `Caveat in the release ${suffix}`,
    ])
    expect(guide?.ranking.map((f) => f.bestFor)).toEqual(['Tests'])
  })
})

describe('a deleted release’s share link', () => {
  it('says the release no longer exists (410), not that the link was altered', async () => {
    const doomed = await release([{ relationTo: 'pages', value: ids.changed }])
    const token = await releaseLinkToken(doomed.id)
    const options = { release: true }
    const before = await checkPreviewToken(payload, token, undefined, Date.now(), options)
    expect(before).toMatchObject({ ok: true })

    await payload.delete({ collection: 'releases', id: doomed.id })

    const after = await checkPreviewToken(payload, token, undefined, Date.now(), options)
    expect(after).toEqual({
      ok: false,
      status: 410,
      reason: 'gone',
      message: 'The release this preview link was for no longer exists: it has been deleted.',
    })
  })
})
