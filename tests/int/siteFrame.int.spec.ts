import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { findAddresses } from '@/lib/content/findAddresses'
import { linkKey } from '@/lib/content/links'
import { relationId } from '@/lib/content/relationId'
import type { Page } from '@/payload-types'

import { refusal, seededGuide } from '../helpers/payload'
import { paragraph, paragraphLinkingTo } from '../helpers/richText'

let payload: Payload
const suffix = Date.now().toString(36)

beforeAll(async () => {
  ;({ payload } = await seededGuide())
})

const prose = (value: Page['layout']) => value
const page = (title: string, slug: string, fields: Partial<Page> = {}) =>
  payload.create({
    collection: 'pages',
    data: {
      title,
      slug,
      layout: prose([{ blockType: 'prose', content: paragraph(`${title} body.`) }]),
      _status: 'published',
      ...fields,
    },
  })

const redirectsFrom = async (from: string) =>
  (
    await payload.find({
      collection: 'redirects',
      where: { from: { equals: from } },
      depth: 0,
    })
  ).docs

describe('pages', () => {
  it('refuses a slug the site already uses, naming the field and the reason', async () => {
    for (const slug of ['guides', 'admin', 'api', 'preview']) {
      const { fields } = await refusal(page('Taken', slug))
      expect(fields.map((f) => f.path)).toEqual(['slug'])
      expect(fields[0]!.message).toContain(`“${slug}” is a path the site already uses`)
    }
    expect(
      await payload.count({ collection: 'pages', where: { slug: { equals: 'guides' } } }),
    ).toEqual({ totalDocs: 0 })
  })

  it('refuses a slug too long for its cache tag, naming the field', async () => {
    const { fields } = await refusal(page('Long', 'a'.repeat(201)))
    expect(fields.map((f) => f.path)).toEqual(['slug'])
  })

  it('seeds the three documents the copy refers to as untitled-body drafts, linked from the guide', async () => {
    const { docs } = await payload.find({
      collection: 'pages',
      where: {
        slug: { in: ['open-source-backend-platforms', 'detailed-comparison', 'companion-essay'] },
      },
      draft: true,
      depth: 0,
      sort: 'slug',
    })
    expect(docs.map((doc) => [doc.title, doc._status, doc.layout ?? []])).toEqual([
      ['The companion essay', 'draft', []],
      ['The detailed comparison', 'draft', []],
      ['The open-source backend platforms guide', 'draft', []],
    ])
    // Not published: nothing has an address yet, so the words stay plain text.
    const addresses = await findAddresses(payload)
    for (const doc of docs) expect(addresses[linkKey('pages', doc.id)]).toBeUndefined()
  })
})

describe('links by reference', () => {
  it('records what a document links to, and the target lists who links to it while published', async () => {
    const target = await page('Link target', `link-target-${suffix}`)
    const source = await page('Link source', `link-source-${suffix}`, {
      layout: [
        {
          blockType: 'prose',
          content: paragraphLinkingTo('See ', { relationTo: 'pages', value: target.id }),
        },
      ],
    })
    expect(source.linksTo?.map((link) => [link.relationTo, relationId(link.value)])).toEqual([
      ['pages', target.id],
    ])

    const linkedFrom = async () =>
      ((await payload.findByID({ collection: 'pages', id: target.id, depth: 0 })).linkedFromPages
        ?.docs ?? []) as number[]
    expect(await linkedFrom()).toEqual([source.id])

    // A draft that links to it is not published content.
    await payload.update({ collection: 'pages', id: source.id, data: { _status: 'draft' } })
    expect(await linkedFrom()).toEqual([])
  })

  it('refuses to delete a document published content links to, naming that content', async () => {
    const target = await page('Kept target', `kept-target-${suffix}`)
    const source = await page('Kept source', `kept-source-${suffix}`, {
      layout: [
        {
          blockType: 'callout',
          text: 'Read on.',
          linkLabel: 'The target',
          linkType: 'internal',
          doc: { relationTo: 'pages', value: target.id },
        },
      ],
    })
    const error = await payload
      .delete({ collection: 'pages', id: target.id })
      .catch((e: Error) => e)
    expect(error).toBeInstanceOf(Error)
    expect((error as Error).message).toContain(`pages "${source.title}"`)
    expect((await payload.findByID({ collection: 'pages', id: target.id })).id).toBe(target.id)
  })

  it('warns before unpublishing a linked document, naming what links to it, and keeps it published', async () => {
    const target = await page('Warned target', `warned-target-${suffix}`)
    const source = await page('Warned source', `warned-source-${suffix}`, {
      layout: [
        {
          blockType: 'prose',
          content: paragraphLinkingTo('See ', { relationTo: 'pages', value: target.id }),
        },
      ],
    })
    const error = await payload
      .update({ collection: 'pages', id: target.id, data: { _status: 'draft' } })
      .catch((e: Error) => e)
    expect((error as Error).message).toContain(
      `Published content links here: pages "${source.title}"`,
    )
    const stored = await payload.findByID({ collection: 'pages', id: target.id, draft: false })
    expect(stored._status).toBe('published')

    // Saying so goes ahead: the link falls back to plain text.
    await payload.update({
      collection: 'pages',
      id: target.id,
      data: { _status: 'draft' },
      context: { unlink: true },
    })
    const addresses = await findAddresses(payload)
    expect(addresses[linkKey('pages', target.id)]).toBeUndefined()
  })

  it('refuses to delete a page the navigation links to, naming the header', async () => {
    const target = await page('Nav target', `nav-target-${suffix}`)
    const header = await payload.findGlobal({ slug: 'header', depth: 0 })
    await payload.updateGlobal({
      slug: 'header',
      data: {
        navigation: [
          ...(header.navigation ?? []),
          {
            label: 'Nav target',
            linkType: 'internal',
            doc: { relationTo: 'pages', value: target.id },
          },
        ],
        // Published: a delete is refused for what readers see, not for a draft.
        _status: 'published',
      },
    })
    try {
      const error = await payload
        .delete({ collection: 'pages', id: target.id })
        .catch((e: Error) => e)
      expect((error as Error).message).toContain('the header settings (navigation.doc)')
    } finally {
      await payload.updateGlobal({
        slug: 'header',
        data: { navigation: header.navigation, _status: 'published' },
      })
    }
  })
})

describe('redirects', () => {
  it('a renamed published page leaves a 301 from its old path that follows every later rename', async () => {
    const doc = await page('Moving page', `moving-a-${suffix}`)
    await payload.update({
      collection: 'pages',
      id: doc.id,
      data: { slug: `moving-b-${suffix}`, _status: 'published' },
    })
    await payload.update({
      collection: 'pages',
      id: doc.id,
      data: { slug: `moving-c-${suffix}`, _status: 'published' },
    })
    const [fromA] = await redirectsFrom(`/moving-a-${suffix}`)
    const [fromB] = await redirectsFrom(`/moving-b-${suffix}`)
    // Both point at the document, not at a path: one hop to wherever it lives now.
    for (const redirect of [fromA, fromB]) {
      expect(redirect?.to).toMatchObject({
        type: 'reference',
        reference: { relationTo: 'pages', value: doc.id },
      })
      expect(redirect?.type).toBe('301')
    }

    // Back to its first name: the redirect from that name goes, or it would hide the page.
    await payload.update({
      collection: 'pages',
      id: doc.id,
      data: { slug: `moving-a-${suffix}`, _status: 'published' },
    })
    expect(await redirectsFrom(`/moving-a-${suffix}`)).toEqual([])
    expect(await redirectsFrom(`/moving-c-${suffix}`)).toHaveLength(1)
  })

  it('a rename saved as a draft moves nothing until it is published', async () => {
    const doc = await page('Draft rename', `draft-rename-a-${suffix}`)
    await payload.update({
      collection: 'pages',
      id: doc.id,
      data: { slug: `draft-rename-b-${suffix}` },
      draft: true,
    })
    expect(await redirectsFrom(`/draft-rename-a-${suffix}`)).toEqual([])
    await payload.update({ collection: 'pages', id: doc.id, data: { _status: 'published' } })
    expect(await redirectsFrom(`/draft-rename-a-${suffix}`)).toHaveLength(1)
  })

  it('refuses a redirect loop, naming the paths, and stores nothing', async () => {
    const a = `/loop-a-${suffix}`
    const b = `/loop-b-${suffix}`
    await payload.create({
      collection: 'redirects',
      data: { from: a, to: { type: 'custom', url: b }, type: '302' },
    })
    const { message, fields } = await refusal(
      payload.create({
        collection: 'redirects',
        data: { from: b, to: { type: 'custom', url: a }, type: '301' },
      }),
    )
    expect(fields.map((f) => f.path)).toEqual(['to'])
    expect(message).toContain(`This redirect would loop: ${b} → ${a} → ${b}`)
    expect(await redirectsFrom(b)).toEqual([])
  })

  it('refuses a redirect from the address of a published document', async () => {
    const live = await page('Live page', `live-${suffix}`)
    const { fields } = await refusal(
      payload.create({
        collection: 'redirects',
        data: { from: `/${live.slug}/`, to: { type: 'custom', url: '/guides' }, type: '301' },
      }),
    )
    expect(fields.map((f) => f.path)).toEqual(['from'])
    expect(fields[0]!.message).toContain('“Live page”, which is published')
  })

  it('refuses a redirect from anything but a path on this site', async () => {
    for (const from of ['https://elsewhere.example/x', '//elsewhere.example', 'no-slash']) {
      const { fields } = await refusal(
        payload.create({
          collection: 'redirects',
          data: { from, to: { type: 'custom', url: '/guides' }, type: '301' },
        }),
      )
      expect(
        fields.map((f) => f.path),
        from,
      ).toEqual(['from'])
    }
  })
})
