// `npm run export` and `npm run import`, run as the real scripts: the shared test database is the
// source, and each import goes into a throwaway Postgres of its own (the shared one is never wiped).
import { execFile } from 'node:child_process'
import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import { randomBytes } from 'node:crypto'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { createLocalReq, type Payload, type RequiredDataFromCollectionSlug } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  exportContent,
  importContent,
  importFromFile,
  parseArchive,
  type ContentArchive,
} from '@/lib/archive'
import { COLLECTIONS, GLOBALS, VERSIONED } from '@/lib/archive/schema'
import { relationId } from '@/lib/content/relationId'
import { currentDraft } from '@/lib/review/draftVersion'
import { verdictState } from '@/lib/review/verdicts'
import type { Footer, Guide, Header, Page } from '@/payload-types'

import { throwawayDataDir } from '../../tooling/throwaway'

import { frameworkData, payloadOn, seededGuide, snapshotContent } from '../helpers/payload'
import { postReview } from '../helpers/review'
import { paragraph, paragraphLinkingTo } from '../helpers/richText'
import { throwawayDatabase, type Throwaway } from '../helpers/throwawayDatabase'

const SCRIPT_TIMEOUT = 120_000
const suffix = randomBytes(4).toString('hex')
const words = { published: `Published words ${suffix}`, draft: `Draft words ${suffix}` }
const titles = {
  page: `Archive page ${suffix}`,
  pageDraft: `Archive page, rewritten ${suffix}`,
  neverPublished: `Archive page never published ${suffix}`,
}

let source: Payload
let seeded: Guide
let folder: string
/** What this file adds to the shared database (and deletes at the end). */
const added = { frameworks: 0, criteria: 0, media: 0, 'preview-links': 0 }
/**
 * Links by reference, in a cycle: `page`'s blocks link to the seeded guide and to `guide`, whose
 * CTA links back to `page`. Also a page never published, a share link and a redirect for `page`.
 */
const linked = { page: 0, neverPublished: 0, guide: 0, pageLink: 0, redirect: 0 }
/** The header and footer as they were, put back at the end. */
let frameBefore: { header: Header; footer: Footer }

const toPage = (value: number) => ({ relationTo: 'pages' as const, value })
const toGuide = (value: number) => ({ relationTo: 'guides' as const, value })

/** `npm run <script> -- <file>` against the database at `databaseUrl`: exit code and output. */
async function npmRun(
  script: 'export' | 'import',
  file: string,
  databaseUrl: string,
  more: Record<string, string> = {},
) {
  const env = { ...process.env, DATABASE_URL: databaseUrl, ...more }
  try {
    const { stdout, stderr } = await promisify(execFile)('npm', ['run', script, '--', file], {
      env,
    })
    return { code: 0, output: stdout + stderr }
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string }
    return { code: failed.code, output: failed.stdout + failed.stderr }
  }
}

/** Documents, versions and saved settings (site, header, footer) that a database holds. */
async function contentCount(payload: Payload): Promise<number> {
  const counts = await Promise.all([
    ...COLLECTIONS.map((collection) => payload.count({ collection })),
    ...VERSIONED.map((collection) => payload.countVersions({ collection })),
  ])
  const globals = await Promise.all(GLOBALS.map((slug) => payload.findGlobal({ slug, depth: 0 })))
  return (
    counts.reduce((sum, { totalDocs }) => sum + totalDocs, 0) +
    globals.filter((global) => global.createdAt).length
  )
}

/** Each document's `linksTo` (row, or latest version with `draft`), in a stable order. */
async function linksToOf(payload: Payload, draft: boolean) {
  const all: Record<string, string[]> = {}
  for (const collection of VERSIONED) {
    const { docs } = await payload.find({
      collection,
      draft,
      depth: 0,
      pagination: false,
      select: { linksTo: true },
    })
    for (const doc of docs) {
      all[`${collection}:${doc.id}`] = (doc.linksTo ?? [])
        .map((link) => `${link.relationTo}:${relationId(link.value)}`)
        .sort()
    }
  }
  return all
}

beforeAll(async () => {
  ;({ payload: source, guide: seeded } = await seededGuide())
  folder = throwawayDataDir('archive-files')

  // A published framework with a newer draft, a criterion never published, an image, a share link.
  const framework = await source.create({
    collection: 'frameworks',
    data: frameworkData(`Archive check ${suffix}`, {
      bestFor: words.published,
      blurb: paragraph(`Blurb ${suffix}`),
    }),
  })
  await source.update({
    collection: 'frameworks',
    id: framework.id,
    data: { bestFor: words.draft },
    draft: true,
  })
  const criterion = await source.create({
    collection: 'criteria',
    data: { name: `Unpublished criterion ${suffix}` },
    draft: true,
  })
  const png = await sharp({ create: { width: 8, height: 6, channels: 3, background: '#08f' } })
    .png()
    .toBuffer()
  const media = await source.create({
    collection: 'media',
    data: { alt: `A blue box ${suffix}` },
    file: { data: png, mimetype: 'image/png', name: `box-${suffix}.png`, size: png.length },
  })
  const link = await source.create({
    collection: 'preview-links',
    data: {
      guide: seeded.id,
      note: `Archive review ${suffix}`,
      expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
    },
  })
  Object.assign(added, {
    frameworks: framework.id,
    criteria: criterion.id,
    media: media.id,
    'preview-links': link.id,
  })

  // A published page of every kind of block, linking to the seeded guide by reference.
  const layout: Page['layout'] = [
    { blockType: 'prose', content: paragraphLinkingTo('Start with ', toGuide(seeded.id)) },
    {
      blockType: 'callout',
      text: 'The ranking this page discusses.',
      linkLabel: 'Read the guide',
      linkType: 'internal',
      doc: toGuide(seeded.id),
    },
    { blockType: 'ranking', heading: 'As ranked', guide: seeded.id },
    {
      blockType: 'faq',
      heading: 'Questions',
      items: [{ question: 'Why?', answer: paragraph(`Because ${suffix}.`) }],
    },
  ]
  const page = await source.create({
    collection: 'pages',
    data: {
      title: titles.page,
      slug: `archive-page-${suffix}`,
      dek: 'A page for the archive tests.',
      layout,
      meta: { description: 'Archived.', image: media.id },
      _status: 'published',
    },
  })
  // A guide whose CTA points at the page…
  const guide = await source.create({
    collection: 'guides',
    data: {
      title: `Archive guide ${suffix}`,
      dek: 'A guide made by the archive tests.',
      ranking: [{ framework: framework.id }],
      cta: {
        heading: 'Read the page',
        linkLabel: 'The page',
        linkType: 'internal',
        doc: toPage(page.id),
      },
      _status: 'published',
    } as RequiredDataFromCollectionSlug<'guides'>,
  })
  // …which links back to it (published: a cycle no restore order can satisfy), then gets a draft.
  const layoutWithCta: Page['layout'] = [
    ...layout,
    {
      blockType: 'cta',
      heading: 'Next',
      linkLabel: 'The other guide',
      linkType: 'internal',
      doc: toGuide(guide.id),
    },
  ]
  await source.update({
    collection: 'pages',
    id: page.id,
    data: { layout: layoutWithCta, _status: 'published' },
  })
  await source.update({
    collection: 'pages',
    id: page.id,
    data: { title: titles.pageDraft },
    draft: true,
  })
  const neverPublished = await source.create({
    collection: 'pages',
    data: { title: titles.neverPublished, slug: `archive-draft-${suffix}`, _status: 'draft' },
    draft: true,
  })
  const pageLink = await source.create({
    collection: 'preview-links',
    data: {
      page: page.id,
      note: `Page review ${suffix}`,
      expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
    },
  })
  const redirect = await source.create({
    collection: 'redirects',
    data: {
      from: `/archive-old-${suffix}`,
      to: { type: 'reference', reference: toPage(page.id) },
      type: '302',
    },
  })
  Object.assign(linked, {
    page: page.id,
    neverPublished: neverPublished.id,
    guide: guide.id,
    pageLink: pageLink.id,
    redirect: redirect.id,
  })

  // A reviewer's thread on the page with a marketer's reply, an approval of its current draft,
  // and a verdict on an earlier draft, all through the page's share link.
  const token = new URL(pageLink.url ?? '').searchParams.get('token') ?? ''
  const review = async (fields: Record<string, string>) => {
    const reply = await postReview({ token, ...fields })
    expect(reply.status, JSON.stringify(reply.json)).toBe(201)
    return reply.json.id as number
  }
  const thread = await review({ field: 'title', quote: 'Archive', body: `Retitle it ${suffix}` })
  await source.create({
    collection: 'review-comments',
    data: {
      parent: thread,
      body: `Done ${suffix}`,
    } as RequiredDataFromCollectionSlug<'review-comments'>,
  })
  const { docs: oldest } = await source.findVersions({
    collection: 'pages',
    where: { parent: { equals: page.id } },
    sort: 'updatedAt',
    limit: 1,
  })
  await review({ verdict: 'changes', version: String(oldest[0]!.id) })
  await review({ verdict: 'approve' })

  frameBefore = {
    header: await source.findGlobal({ slug: 'header', depth: 0 }),
    footer: await source.findGlobal({ slug: 'footer', depth: 0 }),
  }
  await source.updateGlobal({
    slug: 'header',
    data: {
      logo: media.id,
      navigation: [
        ...(frameBefore.header.navigation ?? []),
        { label: 'The page', linkType: 'internal', doc: toPage(page.id) },
      ],
      // The header and footer have drafts: the archive carries what is published.
      _status: 'published',
    },
  })
  await source.updateGlobal({
    slug: 'footer',
    data: {
      groups: [
        {
          heading: 'Read',
          links: [
            { label: 'The guide', linkType: 'internal', doc: toGuide(guide.id) },
            { label: 'Elsewhere', linkType: 'custom', url: 'https://example.com/' },
          ],
        },
      ],
      legal: `© archive ${suffix}`,
      _status: 'published',
    },
  })
})

afterAll(async () => {
  // Nothing can be deleted while published content or the settings link to it: the links go first.
  if (frameBefore) {
    const { header, footer } = frameBefore
    await source.updateGlobal({
      slug: 'header',
      data: {
        logo: header.logo ?? null,
        navigation: header.navigation ?? [],
        _status: 'published',
      },
    })
    await source.updateGlobal({
      slug: 'footer',
      data: { groups: footer.groups ?? [], legal: footer.legal ?? null, _status: 'published' },
    })
  }
  if (linked.redirect) await source.delete({ collection: 'redirects', id: linked.redirect })
  if (linked.guide) {
    await source.update({
      collection: 'guides',
      id: linked.guide,
      data: { cta: { linkType: 'custom', doc: null, url: '/' } },
    })
  }
  // A page takes its share links with it.
  for (const id of [linked.page, linked.neverPublished]) {
    if (id) await source.delete({ collection: 'pages', id })
  }
  if (linked.guide) await source.delete({ collection: 'guides', id: linked.guide })
  for (const [collection, id] of Object.entries(added) as [keyof typeof added, number][]) {
    if (id) await source.delete({ collection, id })
  }
  rmSync(folder, { recursive: true, force: true })
})

describe('npm run export, then npm run import into an empty database', () => {
  let target: Throwaway
  let restored: Payload
  let exported: string
  let archive: ContentArchive
  const purgesSeen: { method?: string; headers: IncomingHttpHeaders }[] = []

  beforeAll(async () => {
    target = await throwawayDatabase('archive-restored')
    const first = path.join(folder, 'first.json')
    const exportRun = await npmRun('export', first, process.env.DATABASE_URL!)
    expect(exportRun.code, exportRun.output).toBe(0)
    expect(exportRun.output).toContain(`wrote ${first}`)
    exported = readFileSync(first, 'utf8')
    archive = parseArchive(exported)

    // Where a proxy would listen: the import purges what the imported site's pages are cached under.
    const listener = createServer((request, response) => {
      purgesSeen.push({ method: request.method, headers: request.headers })
      response.end()
    })
    await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve))
    const { port } = listener.address() as AddressInfo
    const importRun = await npmRun('import', first, target.url, {
      PURGE_URLS: `http://127.0.0.1:${port}/`,
      PURGE_SECRET: 'an-import-purge-secret',
    })
    listener.close()
    expect(importRun.code, importRun.output).toBe(0)
    expect(importRun.output).toMatch(/import: frameworks: \d+ \(\d+ published, 1 with a draft\)/)
    restored = await payloadOn(target)
  }, SCRIPT_TIMEOUT)

  afterAll(async () => {
    await target?.stop()
  })

  it(
    'exports the restored database to the very same file, byte for byte',
    async () => {
      const second = path.join(folder, 'second.json')
      const { code, output } = await npmRun('export', second, target.url)
      expect(code, output).toBe(0)
      expect(readFileSync(second, 'utf8')).toBe(exported)
    },
    SCRIPT_TIMEOUT,
  )

  it('purges the proxies once it has committed: every published guide and page, and the lists', () => {
    expect(purgesSeen.length).toBeGreaterThan(0)
    const tags = String(purgesSeen[0]!.headers['xkey-purge']).split(' ')
    expect(purgesSeen[0]).toMatchObject({
      method: 'PURGE',
      headers: { 'purge-secret': 'an-import-purge-secret' },
    })
    expect(tags).toEqual(expect.arrayContaining(['guides', 'pages', 'links', 'frame', 'site']))
    const published = [
      ...archive.guides.flatMap((doc) =>
        doc.published?.slug ? [`guide:${doc.published.slug}`] : [],
      ),
      ...archive.pages.flatMap((doc) =>
        doc.published?.slug ? [`page:${doc.published.slug}`] : [],
      ),
    ]
    expect(published).toContain('guide:backend-frameworks-2026')
    expect(tags).toEqual(expect.arrayContaining(published))
  })

  it('carries drafts, media records and share links, and no accounts', () => {
    const framework = archive.frameworks.find((doc) => doc.id === added.frameworks)
    expect(framework?.published?.bestFor).toBe(words.published)
    expect(framework?.draft?.bestFor).toBe(words.draft)
    const criterion = archive.criteria.find((doc) => doc.id === added.criteria)
    expect(criterion?.published).toBeNull()
    expect(criterion?.draft?.name).toBe(`Unpublished criterion ${suffix}`)
    expect(archive.media.map((doc) => doc.alt)).toContain(`A blue box ${suffix}`)
    expect(archive['preview-links'].map((doc) => doc.note)).toContain(`Archive review ${suffix}`)
    expect(exported).not.toMatch(/"(users|email|hash|salt|createdBy)"/)
  })

  it('carries pages, links by reference, redirects, the header and the footer', () => {
    const page = archive.pages.find((doc) => doc.id === linked.page)
    expect(page?.published?.title).toBe(titles.page)
    expect(page?.draft?.title).toBe(titles.pageDraft)
    const blocks = page?.published?.layout ?? []
    expect(blocks.map((block) => block.blockType)).toEqual([
      'prose',
      'callout',
      'ranking',
      'faq',
      'cta',
    ])
    expect(blocks.map((block) => ('doc' in block ? block.doc : undefined))).toEqual([
      undefined,
      toGuide(seeded.id),
      undefined,
      undefined,
      toGuide(linked.guide),
    ])
    expect(page?.published?.meta.image).toBe(added.media)
    const neverPublished = archive.pages.find((doc) => doc.id === linked.neverPublished)
    expect(neverPublished?.published).toBeNull()
    expect(neverPublished?.draft?.title).toBe(titles.neverPublished)

    const guide = archive.guides.find((doc) => doc.id === linked.guide)
    expect(guide?.published?.cta.doc).toEqual(toPage(linked.page))
    expect(archive['preview-links'].find((doc) => doc.id === linked.pageLink)).toMatchObject({
      guide: null,
      page: linked.page,
    })
    expect(archive.redirects.find((doc) => doc.id === linked.redirect)).toMatchObject({
      from: `/archive-old-${suffix}`,
      to: { type: 'reference', reference: toPage(linked.page) },
      type: '302',
    })
    expect(archive.header?.logo).toBe(added.media)
    expect(archive.header?.navigation?.at(-1)?.doc).toEqual(toPage(linked.page))
    expect(archive.footer?.groups?.[0]?.links?.map((row) => row.doc ?? row.url)).toEqual([
      toGuide(linked.guide),
      'https://example.com/',
    ])
    // Derived or computed on read: the import works them out again.
    expect(exported).not.toMatch(/"(linksTo|linkedFrom\w*|previewLinks)"/)
  })

  it('restores pages, links by reference, redirects and the settings as they were', async () => {
    // linksTo is a set, which the import may list in another order: compared below. (Not left out
    // by `select`, which would also drop the blocks' links.)
    const read = async (payload: Payload, draft: boolean) => ({
      ...(await payload.findByID({
        collection: 'pages',
        id: linked.page,
        draft,
        depth: 0,
        joins: false,
      })),
      linksTo: undefined,
    })
    for (const draft of [false, true]) {
      expect(await read(restored, draft), draft ? 'draft read' : 'published read').toEqual(
        await read(source, draft),
      )
    }
    const guide = (payload: Payload) =>
      payload.findByID({ collection: 'guides', id: linked.guide, depth: 0, joins: false })
    expect((await guide(restored)).cta).toEqual((await guide(source)).cta)
    const redirect = (payload: Payload) =>
      payload.findByID({ collection: 'redirects', id: linked.redirect, depth: 0 })
    expect(await redirect(restored)).toEqual(await redirect(source))
    for (const slug of GLOBALS) {
      const global = (payload: Payload) => payload.findGlobal({ slug, depth: 0 })
      expect(await global(restored), slug).toEqual(await global(source))
    }
    // The header and footer come back published, as their first version: a release can hold them.
    for (const slug of ['header', 'footer'] as const) {
      const { docs } = await restored.findGlobalVersions({ slug, depth: 0 })
      expect(docs.map((doc) => doc.version._status)).toEqual(['published'])
    }
  })

  it('works out every document’s links again, so "linked from" lists the same', async () => {
    for (const draft of [false, true]) {
      expect(await linksToOf(restored, draft)).toEqual(await linksToOf(source, draft))
    }
    const page = await restored.findByID({ collection: 'pages', id: linked.page, depth: 0 })
    expect(page.linkedFromGuides?.docs).toEqual([linked.guide])
  })

  it('keeps what readers see apart from what editors see', async () => {
    // As a reader (anonymous, published only) or as an editor (latest draft) reads it.
    const read = (draft: boolean) =>
      restored.findByID({
        collection: 'frameworks',
        id: added.frameworks,
        draft,
        overrideAccess: draft,
      })
    expect((await read(false)).bestFor, 'published read').toBe(words.published)
    expect((await read(true)).bestFor, 'draft read').toBe(words.draft)
    const unpublished = await restored.find({
      collection: 'criteria',
      where: { id: { equals: added.criteria } },
      overrideAccess: false,
    })
    expect(unpublished.docs, 'a never-published criterion, read anonymously').toEqual([])
  })

  it('keeps ids, the ranking order, rich text and timestamps', async () => {
    const copy = await restored.findByID({ collection: 'guides', id: seeded.id, depth: 0 })
    const original = await source.findByID({ collection: 'guides', id: seeded.id, depth: 0 })
    expect(copy.ranking).toEqual(original.ranking)
    expect(copy.criteriaSection).toEqual(original.criteriaSection)
    expect(copy.crossLink).toEqual(original.crossLink)
    expect([copy.createdAt, copy.updatedAt]).toEqual([original.createdAt, original.updatedAt])
    const site = await restored.findGlobal({ slug: 'site', depth: 0 })
    expect(site.homeGuide).toBe(seeded.id)
  })

  it('carries review comments: ids, threads, share links, and the approval of the current draft', async () => {
    const comments = async (payload: Payload) =>
      (
        await payload.find({
          collection: 'review-comments',
          where: {
            'document.relationTo': { equals: 'pages' },
            'document.value': { equals: linked.page },
          },
          sort: 'id',
          depth: 0,
        })
      ).docs.map(({ draftVersion, author, ...comment }) => ({
        ...comment,
        // The draft seen comes back as the restored row of the same draft, or an earlier one.
        draft: draftVersion && /^\d+$/.test(draftVersion) ? 'a version' : draftVersion,
        // A marketer's reply keeps its words, not its author: users are never archived.
        author: author ? 'someone' : null,
      }))
    const before = await comments(source)
    expect(before.map((comment) => [comment.kind, comment.verdict ?? comment.body])).toEqual([
      ['comment', `Retitle it ${suffix}`],
      ['comment', `Done ${suffix}`],
      ['verdict', 'changes'],
      ['verdict', 'approve'],
    ])
    const after = await comments(restored)
    expect(after.map((comment) => ({ ...comment, draft: undefined }))).toEqual(
      before.map((comment) => ({ ...comment, draft: undefined })),
    )
    expect(after.map((comment) => comment.draft)).toEqual([
      'a version',
      null,
      'earlier',
      'a version',
    ])
    expect(relationId(after[0]!.link!)).toBe(linked.pageLink)
    expect(exported).not.toMatch(/"author"/)
    for (const payload of [source, restored]) {
      const req = await createLocalReq({}, payload)
      const draft = await currentDraft(req, 'pages', linked.page)
      expect(await verdictState(req, 'pages', linked.page, draft)).toBe('approved')
    }
  })

  it('gives the next document created a fresh id', async () => {
    const highest = Math.max(...archive.frameworks.map((doc) => doc.id))
    const created = await restored.create({
      collection: 'frameworks',
      data: frameworkData(`After import ${suffix}`, {
        bestFor: 'Checking ids',
        blurb: paragraph('New.'),
      }),
      context: { seeding: true },
    })
    expect(created.id).toBeGreaterThan(highest)
  })
})

describe('refused files', () => {
  let target: Throwaway
  let empty: Payload
  let base: ContentArchive
  let guideIndex: number
  let linkedGuideIndex: number

  beforeAll(async () => {
    target = await throwawayDatabase('archive-empty')
    empty = await payloadOn(target)
    base = await exportContent(source)
    guideIndex = base.guides.findIndex((doc) => doc.id === seeded.id)
    linkedGuideIndex = base.guides.findIndex((doc) => doc.id === linked.guide)
  }, SCRIPT_TIMEOUT)

  afterAll(async () => {
    await target?.stop()
  })

  /** The export with one change made by `edit`, as a file's text. */
  const edited = (edit: (data: ContentArchive) => void) => {
    const data = structuredClone(base)
    edit(data)
    return JSON.stringify(data)
  }
  /** The third row of the seeded guide's published ranking, open to any value. */
  const thirdRank = (data: ContentArchive) =>
    data.guides[guideIndex]!.published!.ranking![2] as { framework: unknown }

  it.each([
    ['invalid JSON', () => '{"format": "guide-content",', /not valid JSON/],
    [
      'an unknown format version',
      () => edited((data) => Object.assign(data, { version: 3 })),
      /format version 3 is unknown; this app reads version 2/,
    ],
    [
      'a file of the first format version',
      () => edited((data) => Object.assign(data, { version: 1 })),
      /format version 1 was written before pages, redirects, the header and the footer existed; this app reads version 2/,
    ],
    [
      'a missing collection',
      () => edited((data) => delete (data as Partial<ContentArchive>).frameworks),
      /- frameworks: missing/,
    ],
    [
      'a relationship to a document not in the file',
      () => edited((data) => (thirdRank(data).framework = 999_999)),
      /guides\[\d+\]\.published\.ranking\[2\]\.framework: frameworks 999999 is not in the file/,
    ],
    [
      'a link to a page not in the file',
      () => edited((data) => (data.guides[linkedGuideIndex]!.published!.cta.doc!.value = 999_999)),
      /guides\[\d+\]\.published\.cta\.doc: pages 999999 is not in the file/,
    ],
    [
      'a share link for both a guide and a page',
      () => edited((data) => (data['preview-links'].find((doc) => doc.page)!.guide = seeded.id)),
      /preview-links\[\d+\]: must be for exactly one guide or one page/,
    ],
    [
      'a wrongly typed field',
      () => edited((data) => (thirdRank(data).framework = 'fastapi')),
      /guides\[\d+\]\.published\.ranking\[2\]\.framework: Invalid input: expected number, received string/,
    ],
  ])('refuses %s, naming the problem, and writes nothing', async (_, text, message) => {
    // Through the import's own entry, as `npm run import` calls it: the file is read, checked,
    // and only then restored.
    const file = path.join(folder, 'refused.json')
    writeFileSync(file, text())
    await expect(importFromFile(empty, file, () => {})).rejects.toThrow(message)
    expect(await contentCount(empty)).toBe(0)
  })

  it('rolls back an import the database refuses midway', async () => {
    const twoSlugs = edited((data) => {
      const [first, second] = data.frameworks
      second!.published!.slug = first!.published!.slug
    })
    await expect(importContent(empty, parseArchive(twoSlugs))).rejects.toThrow(
      /nothing was written: frameworks\[1\] \(id \d+\) was refused by the database: slug/,
    )
    expect(await contentCount(empty)).toBe(0)
  })

  it('rolls back the whole import, guides and pages included, when the last collection is refused', async () => {
    const twoFroms = edited((data) => {
      const redirect = data.redirects.find((doc) => doc.id === linked.redirect)!
      data.redirects.push({ ...redirect, id: redirect.id + 1_000 })
    })
    await expect(importContent(empty, parseArchive(twoFroms))).rejects.toThrow(
      /nothing was written: redirects\[\d+\] \(id \d+\) was refused by the database/,
    )
    expect(await contentCount(empty)).toBe(0)
  })

  it(
    'stops npm run import on a bad file, before opening the database',
    async () => {
      const file = path.join(folder, 'broken.json')
      writeFileSync(
        file,
        edited((data) => Object.assign(data, { version: 'two' })),
      )
      const { code, output } = await npmRun('import', file, target.url)
      expect(code).toBe(1)
      expect(output).toContain(`${file} was refused: format version "two" is unknown`)
      expect(output).not.toContain('using the Postgres')
    },
    SCRIPT_TIMEOUT,
  )
})

describe('import into a database that holds content', () => {
  it(
    'is refused, and changes nothing',
    async () => {
      const file = path.join(folder, 'current.json')
      writeFileSync(file, JSON.stringify(await exportContent(source)))
      const before = await snapshotContent(source)
      const { code, output } = await npmRun('import', file, process.env.DATABASE_URL!)
      expect(code).toBe(1)
      expect(output).toMatch(
        /Import refused: this database already holds guide content \(.*guides: \d+/,
      )
      expect(await snapshotContent(source)).toEqual(before)
    },
    SCRIPT_TIMEOUT,
  )
})
