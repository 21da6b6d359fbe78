import { randomBytes } from 'node:crypto'

import { createLocalReq, type Payload, type RequiredDataFromCollectionSlug } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { cockpitChecks, refusedSchedules } from '@/lib/checks/cockpit'
import { checkData, checkStored, type Checkable } from '@/lib/checks/document'
import { liveDocuments } from '@/lib/cockpit/changes'
import { scheduledPublishes } from '@/lib/cockpit/upcoming'
import { jumpTo } from '@/lib/checks/jump'
import { sharedReads } from '@/lib/checks/reads'
import { SEO_DESCRIPTION } from '@/lib/checks/seo'
import type { CheckId, Finding } from '@/lib/checks/types'
import { relationId } from '@/lib/content/relationId'
import { references as seededReferences, guide as seededCopy } from '@/lib/seed/content'
import type { Guide } from '@/payload-types'

import { frameworkData, scoredAll, seededGuide, signedInAs } from '../helpers/payload'
import { paragraph, paragraphLinkingTo } from '../helpers/richText'
import { rest } from '../helpers/routes'

// One test per check: it fires on a document built to fail it, and is quiet on the seed where
// the seed is sound. Then a required check: a publish over REST and in a release is a 409 naming
// it, and nothing is stored.

const tag = randomBytes(4).toString('hex')
let payload: Payload
let seeded: Guide
let token = ''
const made: { collection: 'guides' | 'pages' | 'frameworks' | 'media' | 'releases'; id: number }[] =
  []

const reads = async () => sharedReads(await createLocalReq({}, payload))
const check = async (collection: Checkable, data: object) =>
  checkData(await reads(), collection, data)
const of = (findings: Finding[], id: CheckId) => findings.filter((f) => f.check === id)

/** A page's draft with nothing but a title: what the seed makes for each reference. */
const draftPage = async (title: string) => {
  const page = await payload.create({
    collection: 'pages',
    data: { title, _status: 'draft' },
    draft: true,
  })
  made.push({ collection: 'pages', id: page.id })
  return page
}

const seededFindings = async () =>
  (await checkStored(await reads(), 'guides', seeded.id, { draft: true }))!.findings

beforeAll(async () => {
  ;({ payload, guide: seeded } = await seededGuide())
  await signedInAs(payload, 'admin', 'checks-admin')
  ;({ token } = await signedInAs(payload, 'editor', 'checks'))
})

afterAll(async () => {
  for (const { collection, id } of made.reverse()) {
    await payload.delete({ collection, id, context: { unlink: true } }).catch(() => undefined)
  }
})

describe('the seeded guide', () => {
  it('has a call to action with a label and a link to jerrycan’s entry, and Checks says so as a notice', async () => {
    expect(seeded.cta).toMatchObject({ linkLabel: 'Meet jerrycan', linkType: 'custom' })
    expect(seeded.cta.url).toBe('#jerrycan')
    const cta = of(await seededFindings(), 'cta')
    expect(cta).toHaveLength(1)
    expect(cta[0]).toMatchObject({ level: 'notice', field: 'cta.url' })
    expect(cta[0]!.message).toContain('#jerrycan, jerrycan’s entry')
    expect(cta[0]!.message).toMatch(/not at the product/)
  })

  it('passes the SEO, title, image and ranking checks, and ranks every entry where its score does', async () => {
    const findings = await seededFindings()
    for (const id of [
      'seoDescription',
      'duplicateTitle',
      'images',
      'ranking',
      'rankedApart',
    ] as const) {
      expect(of(findings, id), id).toEqual([])
    }
  })

  it('warns about each reference to a draft page, quoting its sentence', async () => {
    const references = of(await seededFindings(), 'references')
    const drafts = await payload.find({
      collection: 'pages',
      where: {
        slug: { in: seededReferences.map((r) => r.slug) },
        _status: { not_equals: 'published' },
      },
      draft: true,
      depth: 0,
    })
    // The seed leaves the three referenced pages as drafts; another test file may have published one.
    expect(references).toHaveLength(drafts.totalDocs)
    const bySentence: Record<string, Finding> = Object.fromEntries(
      references.map((f) => [f.sentence ?? '', f]),
    )
    const crossLink =
      bySentence[
        'The open-source backend platforms guide covers Supabase, Appwrite, PocketBase and the rest.'
      ]
    if (drafts.docs.some((page) => page.slug === 'open-source-backend-platforms')) {
      expect(crossLink).toMatchObject({ field: 'crossLink', level: 'warning' })
      expect(crossLink!.message).toContain(
        'the page “The open-source backend platforms guide” is not published',
      )
      expect(crossLink!.message).toContain(
        '“open-source backend platforms guide” shows as plain text',
      )
    }
    if (drafts.docs.some((page) => page.slug === 'companion-essay')) {
      const essay = bySentence['The full reasoning behind this ranking is in the companion essay.']
      expect(essay).toMatchObject({ field: 'body', in: { collection: 'caveats' } })
    }
    if (drafts.docs.some((page) => page.slug === 'detailed-comparison')) {
      expect(Object.keys(bySentence)).toContain(
        'If your team hand-writes Python daily, pick FastAPI or Django and be happy — the detailed comparison is candid about this.',
      )
    }
  })

  it('leaves its draft pages reachable (the guide links to them) but without an SEO description', async () => {
    const { docs } = await payload.find({
      collection: 'pages',
      where: { slug: { in: seededReferences.map((r) => r.slug) } },
      draft: true,
      depth: 0,
    })
    expect(docs).toHaveLength(3)
    for (const page of docs) {
      const findings = (await checkStored(await reads(), 'pages', page.id, { draft: true }))!
        .findings
      expect(of(findings, 'reachable'), page.title).toEqual([])
      if (!page.dek && !page.meta?.description) {
        expect(of(findings, 'seoDescription')[0]!.message, page.title).toMatch(/No SEO description/)
      }
    }
  })
})

describe('each check fires on a document built to fail it', () => {
  it('cta: no label, no link, an unpublished target or an anchor not on the page', async () => {
    const draft = await draftPage(`CTA target ${tag}`)
    const cases: [object, string, RegExp][] = [
      [{ heading: 'Go' }, 'cta.linkLabel', /no link label/],
      [{ heading: 'Go', linkLabel: 'Go', linkType: 'custom', url: '' }, 'cta.url', /no link/],
      [
        {
          heading: 'Go',
          linkLabel: 'Go',
          linkType: 'internal',
          doc: { relationTo: 'pages', value: draft.id },
        },
        'cta.doc',
        /not published/,
      ],
      [
        { heading: 'Go', linkLabel: 'Go', linkType: 'custom', url: '#nowhere' },
        'cta.url',
        /#nowhere, which is not on this page/,
      ],
    ]
    for (const [cta, field, message] of cases) {
      const [finding] = of(await check('guides', { ...seeded, cta }), 'cta')
      expect(finding, JSON.stringify(cta)).toMatchObject({ level: 'warning', field })
      expect(finding!.message).toMatch(message)
    }
    const product = {
      heading: 'Go',
      linkLabel: 'Go',
      linkType: 'custom',
      url: 'https://example.com/',
    }
    expect(of(await check('guides', { ...seeded, cta: product }), 'cta')).toEqual([])
  })

  it('references: a page’s text linking to a draft, quoted in its sentence', async () => {
    const draft = await draftPage(`Unwritten ${tag}`)
    const content = paragraphLinkingTo(
      'First sentence. Read the ',
      { relationTo: 'pages', value: draft.id },
      'unwritten page',
    )
    const findings = of(
      await check('pages', { title: `Linking ${tag}`, layout: [{ blockType: 'prose', content }] }),
      'references',
    )
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({
      field: 'layout.0.content',
      sentence: 'Read the unwritten page',
    })
    expect(findings[0]!.message).toContain(`the page “Unwritten ${tag}” is not published`)
  })

  it('images: a social card whose alt text is blank', async () => {
    const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#a00' } })
      .png()
      .toBuffer()
    const name = `no-alt-${tag}.png`
    // Blank, yet accepted: Payload's `required` only refuses an empty string.
    const media = await payload.create({
      collection: 'media',
      data: { alt: '   ' },
      file: { data: png, mimetype: 'image/png', name, size: png.length },
    })
    made.push({ collection: 'media', id: media.id })
    const findings = of(
      await check('pages', { title: `Card ${tag}`, meta: { image: media.id } }),
      'images',
    )
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({
      field: 'alt',
      in: { collection: 'media', id: media.id },
    })
    expect(findings[0]!.message).toContain(`“${name}” (Image) has no alt text`)
    await payload.update({ collection: 'media', id: media.id, data: { alt: 'A red square' } })
    expect(
      of(await check('pages', { title: `Card ${tag}`, meta: { image: media.id } }), 'images'),
    ).toEqual([])
  })

  it('seoDescription: missing, too short or too long, with the bounds', async () => {
    const { min, max } = SEO_DESCRIPTION
    const bounds = `${min}–${max} characters`
    const cases: [object, RegExp][] = [
      [{ title: `Bare ${tag}` }, /No SEO description/],
      [
        { title: `Short ${tag}`, dek: 'Too short.' },
        /used while it is empty\) is 10 characters: too short/,
      ],
      [
        { title: `Long ${tag}`, meta: { description: 'x'.repeat(max + 1) } },
        new RegExp(`is ${max + 1} characters: search results cut it off`),
      ],
    ]
    for (const [page, message] of cases) {
      const [finding] = of(await check('pages', page), 'seoDescription')
      expect(finding?.message, JSON.stringify(page)).toMatch(message)
      expect(finding!.message).toContain(bounds)
      expect(finding!.field).toBe('meta.description')
    }
    const fits = { title: `Fits ${tag}`, dek: 'y'.repeat(min) }
    expect(of(await check('pages', fits), 'seoDescription')).toEqual([])
  })

  it('duplicateTitle: a page titled like the seeded guide, whatever the case and spaces', async () => {
    const title = `  ${seededCopy.title.toUpperCase()} `
    const [finding] = of(await check('pages', { title }), 'duplicateTitle')
    expect(finding?.message).toContain(`guide “${seededCopy.title}”`)
    expect(of(await check('pages', { title: `Unique ${tag}` }), 'duplicateTitle')).toEqual([])
  })

  it('ranking: an entry never published, and one with a blank public field', async () => {
    const unpublished = await payload.create({
      collection: 'frameworks',
      data: { ...frameworkData(`Unshipped ${tag}`), _status: 'draft' },
      draft: true,
    })
    const blank = await payload.create({
      collection: 'frameworks',
      data: frameworkData(`Blank ${tag}`, { language: '  ' }),
    })
    made.push(
      { collection: 'frameworks', id: unpublished.id },
      { collection: 'frameworks', id: blank.id },
    )
    const ranking = [
      ...(seeded.ranking ?? []),
      { framework: unpublished.id },
      { framework: blank.id },
    ]
    const findings = of(await check('guides', { ...seeded, ranking }), 'ranking')
    expect(findings.map((f) => [f.in?.id, f.field])).toEqual([
      [unpublished.id, 'name'],
      [blank.id, 'language'],
    ])
    expect(findings[0]!.message).toContain(`Entry #9 (Unshipped ${tag}) is not published`)
    expect(findings[1]!.message).toContain(`Entry #10 (Blank ${tag}) has an empty “Language”`)
  })

  it('rankedApart: two entries dragged past each other, named with their score ranks and a jump to the row', async () => {
    const rows = seeded.ranking ?? []
    expect(rows.length).toBeGreaterThanOrEqual(2)
    const swapped = [rows[1]!, rows[0]!, ...rows.slice(2)]
    const findings = of(await check('guides', { ...seeded, ranking: swapped }), 'rankedApart')
    expect(findings.map((f) => [f.field, f.level])).toEqual([
      ['ranking.0', 'warning'],
      ['ranking.1', 'warning'],
    ])
    const nameOf = async (row: (typeof rows)[number]) =>
      (
        await payload.findByID({
          collection: 'frameworks',
          id: relationId<number>(row.framework),
          depth: 0,
        })
      ).name
    const mark = seeded.scorecardSection.differenceLabel
    expect(findings[0]!.message).toContain(
      `Entry #1 (${await nameOf(rows[1]!)}) is ranked apart from its score, which places it #2`,
    )
    expect(findings[0]!.message).toContain(`the page marks it “${mark}”`)
    expect(findings[1]!.message).toContain(`Entry #2 (${await nameOf(rows[0]!)})`)
    expect(findings[1]!.message).toContain('which places it #1')
    const config = payload.collections.guides.config
    const jump = jumpTo(
      '/admin',
      findings[0]!,
      { collection: 'guides', id: seeded.id, config },
      () => undefined,
    )
    expect(jump.href).toBe(`/admin/collections/guides/${seeded.id}#jump=ranking.0&tab=Ranking`)
    expect(jump.text).toBe('Go to “Ranking” (Ranking)')
    // Never a reason to refuse a publish: a guide cannot require it.
    const options = payload.collections.guides.config.flattenedFields.find(
      (field) => field.name === 'requiredChecks',
    )
    expect(JSON.stringify(options)).not.toContain('rankedApart')
  })

  it('reachable: a published page nothing links to, until a published page does', async () => {
    const lonely = await payload.create({
      collection: 'pages',
      data: {
        title: `Lonely ${tag}`,
        layout: [{ blockType: 'prose', content: paragraph('Hi.') }],
        _status: 'published',
      } as RequiredDataFromCollectionSlug<'pages'>,
    })
    made.push({ collection: 'pages', id: lonely.id })
    const findingsOf = async () =>
      of(
        (await checkStored(await reads(), 'pages', lonely.id, { draft: false }))!.findings,
        'reachable',
      )
    expect((await findingsOf())[0]?.message).toMatch(/Nothing leads readers here/)
    const linking = await payload.create({
      collection: 'pages',
      data: {
        title: `Linking ${tag}`,
        layout: [
          {
            blockType: 'prose',
            content: paragraphLinkingTo(
              'See ',
              { relationTo: 'pages', value: lonely.id },
              'that page',
            ),
          },
        ],
        _status: 'published',
      } as RequiredDataFromCollectionSlug<'pages'>,
    })
    made.unshift({ collection: 'pages', id: linking.id })
    expect(await findingsOf()).toEqual([])
  })
})

describe('the cockpit', () => {
  it('lists what is live with its findings, and a page scheduled to publish with its draft’s', async () => {
    const admin = (
      await payload.find({ collection: 'users', where: { role: { equals: 'admin' } }, limit: 1 })
    ).docs[0]!
    const page = await draftPage(`Scheduled ${tag}`)
    const job = await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'pages', value: page.id } },
      waitUntil: new Date(Date.now() + 86_400_000),
    })
    try {
      const listed = await cockpitChecks(
        payload,
        admin,
        await liveDocuments(payload, admin),
        await scheduledPublishes(payload, admin),
      )
      const guide = listed.find((doc) => doc.collection === 'guides' && doc.id === seeded.id)
      expect(guide?.state).toBe('live')
      expect(guide?.findings.map((f) => `${f.check} ${f.level}`)).toContain('cta notice')
      const scheduled = listed.find((doc) => doc.collection === 'pages' && doc.id === page.id)
      expect(scheduled?.state).toBe('scheduled')
      expect(scheduled?.findings.map((f) => f.check)).toEqual(['seoDescription', 'reachable'])
      // Warnings first: a document with only notices comes after every one with a warning.
      const firstNoticeOnly = listed.findIndex((doc) =>
        doc.findings.every((f) => f.level === 'notice'),
      )
      if (firstNoticeOnly >= 0) {
        expect(
          listed
            .slice(firstNoticeOnly)
            .every((doc) => doc.findings.every((f) => f.level === 'notice')),
        ).toBe(true)
      }
    } finally {
      await payload.delete({ collection: 'payload-jobs', id: job.id })
    }
  })
})

describe('the cockpit, a document both live and scheduled', () => {
  it('is one row saying both, with what only one version trips marked with it', async () => {
    const admin = (
      await payload.find({ collection: 'users', where: { role: { equals: 'admin' } }, limit: 1 })
    ).docs[0]!
    const page = await payload.create({
      collection: 'pages',
      data: {
        title: `Live and scheduled ${tag}`,
        layout: [{ blockType: 'prose', content: paragraph('Nothing links here yet.') }],
        _status: 'published',
      } as RequiredDataFromCollectionSlug<'pages'>,
    })
    made.unshift({ collection: 'pages', id: page.id })
    // The scheduled draft fixes the missing description; nothing links to either version.
    await payload.update({
      collection: 'pages',
      id: page.id,
      draft: true,
      data: { meta: { description: 'd'.repeat(SEO_DESCRIPTION.min + 10) }, _status: 'draft' },
    })
    const job = await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'pages', value: page.id } },
      waitUntil: new Date(Date.now() + 86_400_000),
    })
    try {
      const listed = await cockpitChecks(
        payload,
        admin,
        await liveDocuments(payload, admin),
        await scheduledPublishes(payload, admin),
      )
      const rows = listed.filter((doc) => doc.collection === 'pages' && doc.id === page.id)
      expect(rows).toHaveLength(1)
      expect(rows[0]!.state).toBe('live and scheduled')
      expect(rows[0]!.findings.map((f) => [f.check, f.version])).toEqual([
        ['reachable', undefined],
        ['seoDescription', 'live'],
      ])
    } finally {
      await payload.delete({ collection: 'payload-jobs', id: job.id })
    }
  })
})

describe('a required check', () => {
  let guideId = 0
  const publishedCount = async () =>
    (
      await payload.count({
        collection: 'guides',
        where: { id: { equals: guideId }, _status: { equals: 'published' } },
      })
    ).totalDocs
  const versionCount = async () =>
    (await payload.countVersions({ collection: 'guides', where: { parent: { equals: guideId } } }))
      .totalDocs
  const message = (body: Record<string, unknown>) =>
    ((body.errors ?? []) as { message: string }[]).map((e) => e.message).join(' ')

  beforeAll(async () => {
    const framework = await payload.create({
      collection: 'frameworks',
      data: frameworkData(`Required ${tag}`),
    })
    made.push({ collection: 'frameworks', id: framework.id })
    const guide = await payload.create({
      collection: 'guides',
      draft: true,
      data: {
        title: `Required checks ${tag}`,
        dek: 'A guide whose publish needs a call to action that goes somewhere real.',
        ranking: [{ framework: framework.id }],
        scorecardSection: scoredAll([], [framework.id]),
        cta: { heading: 'Try it' },
        requiredChecks: ['cta'],
        _status: 'draft',
      },
    })
    guideId = guide.id
    made.unshift({ collection: 'guides', id: guide.id })
  })

  it('refuses a publish over REST with a 409 naming the check, and stores nothing', async () => {
    const versions = await versionCount()
    const reply = await rest('PATCH', `guides/${guideId}`, {
      token,
      body: { _status: 'published' },
    })
    expect(reply.status).toBe(409)
    expect(message(reply.body)).toContain('required check “Call to action has a link” fails')
    expect(message(reply.body)).toContain('no link label')
    expect(await publishedCount()).toBe(0)
    expect(await versionCount()).toBe(versions)
  })

  it('refuses a release publish with a 409 naming the guide and the check; the release stays open', async () => {
    const release = await payload.create({
      collection: 'releases',
      data: {
        name: `Checks ${tag}`,
        items: [{ doc: { relationTo: 'guides', value: guideId } }],
      } as never,
    })
    made.unshift({ collection: 'releases', id: release.id })
    const versions = await versionCount()
    const reply = await rest('POST', `releases/${release.id}/publish`, { token })
    expect(reply.status).toBe(409)
    expect(message(reply.body)).toContain(`guides “Required checks ${tag}”`)
    expect(message(reply.body)).toContain('“Call to action has a link”')
    expect(await publishedCount()).toBe(0)
    expect(await versionCount()).toBe(versions)
    expect((await payload.findByID({ collection: 'releases', id: release.id })).status).toBe('open')
  })

  it('stops a scheduled publish, naming the check, and the dashboard says the schedule was refused', async () => {
    const versions = await versionCount()
    const job = await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'guides', value: guideId } },
      waitUntil: new Date(Date.now() - 1000),
    })
    try {
      await payload.jobs.runByID({ id: job.id, silent: true })
      const ran = await payload.findByID({ collection: 'payload-jobs', id: job.id })
      expect(ran.hasError).toBe(true)
      expect((ran.error as { message?: string }).message).toContain(
        'required check “Call to action has a link” fails',
      )
      expect(await publishedCount()).toBe(0)
      expect(await versionCount()).toBe(versions)
      const refused = (await refusedSchedules(payload)).find((r) => r.id === guideId)
      expect(refused).toMatchObject({ collection: 'guides', title: `Required checks ${tag}` })
      expect(refused!.message).toContain('“Call to action has a link”')
    } finally {
      await payload.delete({ collection: 'payload-jobs', id: job.id })
    }
  })

  it('lets the publish through once the call to action links somewhere, and a notice never blocks', async () => {
    const cta = { heading: 'Try it', linkLabel: 'Try it', linkType: 'custom', url: '#caveats' }
    const reply = await rest('PATCH', `guides/${guideId}`, {
      token,
      body: { cta, _status: 'published' },
    })
    expect(reply.status, message(reply.body)).toBe(200)
    expect(await publishedCount()).toBe(1)
  })

  it('does not hold up a draft save, only a publish', async () => {
    const reply = await rest('PATCH', `guides/${guideId}?draft=true`, {
      token,
      body: { cta: { heading: 'Try it' } },
    })
    expect(reply.status, message(reply.body)).toBe(200)
  })
})
