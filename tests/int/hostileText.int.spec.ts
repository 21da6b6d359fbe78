import '../helpers/nextRuntime'

import { randomBytes } from 'node:crypto'
import fc from 'fast-check'
import type { Payload, RequiredDataFromCollectionSlug } from 'payload'
import { createElement, Fragment } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { getPublishedGuide } from '@/lib/content/guide'
import { getPublishedPage } from '@/lib/content/page'
import { getSiteSettings } from '@/lib/content/site'
import { env } from '@/lib/env'
import { withoutFrontMatter } from '@/lib/markdown/llms'
import { twinMarkdown } from '@/lib/markdown/twin'
import { guideJsonLd, jsonLdScript, pageJsonLd } from '@/lib/seo/structuredData'

import { GET as changesFeedRoute } from '../../app/(site)/changes-feed/[slug]/route'
import { frontMatter, parseLlmsTxt } from '../helpers/markdown'
import { jsonLdIn, markdownOutline, OTHER_LINE_BREAKS, xmlOutline } from '../helpers/outline'
import { withoutDataCache } from '../helpers/nextRuntime'
import { frameworkData, scoredAll, seededGuide, signedInAs } from '../helpers/payload'
import { paragraph } from '../helpers/richText'
import { rest } from '../helpers/routes'

// Every CMS field that reaches the Markdown twins, /llms.txt, the Atom feed and the JSON-LD is
// filled with generated hostile text, published, and rendered by the site's own code; each output
// is parsed as its readers parse it, and its outline must be the one the same documents have with
// plain words. Nothing typed in the CMS may add or remove a heading, list item, table row, link,
// element or script.

const RUNS = 6
const suffix = randomBytes(4).toString('hex')
const slug = `hostile-${suffix}`
const pageSlug = `hostile-page-${suffix}`
let payload: Payload
const ids = { a: 0, b: 0, criterion: 0, caveat: 0, guide: 0, release: 0, page: 0 }

const FIELDS = [
  'title', 'dek', 'updatedLabel', 'criteriaHeading', 'rankLabel', 'frameworkLabel',
  'languageLabel', 'buildModelLabel', 'bestForLabel', 'caption', 'declaredBias',
  'caveatsHeading', 'ctaHeading', 'ctaText', 'ctaLink', 'changesHeading', 'changesIntro',
  'revertedLabel', 'feedLabel', 'name', 'language', 'buildModel', 'bestFor', 'blurb',
  'criterion', 'question', 'caveat', 'note', 'pageTitle', 'pageDek', 'callout', 'calloutLink',
  'pageCta', 'faqHeading', 'faqQuestion', 'faqAnswer', 'prose',
] as const // prettier-ignore
type Texts = Record<(typeof FIELDS)[number], string>

const PIECES = [
  '\n', '\r\n', '\r', '\u2028', '\u2029', '\u0085', '\v', '\f', '\t', '    ', '# ', '## ', '#',
  '- ', '* ', '+ ', '> ', '1. ', '2) ', '~~~', '```', '---', '===', '|', '| --- |', '[', ']',
  '](https://evil.example/)', '(', ')', '<', '>', '<b>', '&', '&amp;', ']]>', '</script>',
  '<!--', '\\', '*', '_', '`', ':', '\u0001', '\u000b', '\u001f', '\u007f', '\uFFFE',
] as const // prettier-ignore
const piece = fc.oneof(
  fc.constantFrom(...PIECES),
  // NUL and lone surrogates aside: Postgres cannot store them (the API refuses NUL,
  // src/lib/api/controlCharacters.ts).
  fc.string({ unit: 'binary', maxLength: 3 }).map((s) => s.replace(/\0/g, '').toWellFormed()),
)
const side = fc.array(piece, { maxLength: 4 }).map((parts) => parts.join(''))
/** Syntax around a word (so no field is blank), at most 60 characters: every field's limit. */
const hostile = fc
  .tuple(side, fc.stringMatching(/^[A-Za-z]{1,6}$/), side)
  // Cutting may split a surrogate pair: a lone half cannot be stored in jsonb (rich text).
  .map(([before, word, after]) => `${before.slice(-27)}${word}${after.slice(0, 27)}`.toWellFormed())
const hostileTexts = fc.record(
  Object.fromEntries(FIELDS.map((field) => [field, hostile])) as Record<
    keyof Texts,
    typeof hostile
  >,
)
const plain = Object.fromEntries(FIELDS.map((f) => [f, `Plain ${f} ${suffix}`])) as Texts
/** The findings this test was written for, always tried first. */
const reported: Texts = {
  ...plain,
  title: `Guide\n## Forged section\n- [Forged link](https://evil.example/)`,
  language: 'Go\n# Forged H1\n~~~',
  note: 'A note\n## Forged\n- item\u0001\u000b',
  pageTitle: 'About\n## Forged\n- [x](https://evil.example/)',
}

const link = (url: string) => ({ linkType: 'custom' as const, url })

/** Publishes every text at once, through the Local API as an editor's publish would store it. */
async function publish(t: Texts) {
  const framework = (id: number, name: string, extra: object) =>
    payload.update({
      collection: 'frameworks',
      id,
      data: { name, slug: `${slug}-${id}`, ...extra, _status: 'published' },
    })
  await framework(ids.a, t.name, {
    language: t.language,
    buildModel: t.buildModel,
    bestFor: t.bestFor,
    blurb: paragraph(t.blurb),
  })
  await framework(ids.b, `${t.name} B`.slice(-80), {})
  await payload.update({
    collection: 'criteria',
    id: ids.criterion,
    data: { name: `${t.criterion} ${suffix}`, question: t.question, _status: 'published' },
  })
  await payload.update({
    collection: 'caveats',
    id: ids.caveat,
    data: { body: paragraph(t.caveat), _status: 'published' },
  })
  await payload.update({ collection: 'releases', id: ids.release, data: { note: t.note } })
  await payload.update({
    collection: 'guides',
    id: ids.guide,
    data: {
      title: t.title,
      slug,
      dek: t.dek,
      updatedLabel: t.updatedLabel,
      criteriaSection: { heading: t.criteriaHeading, intro: paragraph(t.criteriaHeading) },
      tableLabels: {
        rank: t.rankLabel,
        framework: t.frameworkLabel,
        language: t.languageLabel,
        buildModel: t.buildModelLabel,
        bestFor: t.bestForLabel,
        caption: t.caption,
      },
      declaredBiasLabel: t.declaredBias,
      caveatsSection: { heading: t.caveatsHeading },
      cta: {
        heading: t.ctaHeading,
        text: t.ctaText,
        linkLabel: t.ctaLink,
        ...link('https://example.com/cta'),
      },
      changesSection: {
        heading: t.changesHeading,
        intro: t.changesIntro,
        revertedLabel: t.revertedLabel,
        feedLabel: t.feedLabel,
      },
      _status: 'published',
    },
  })
  await payload.update({
    collection: 'pages',
    id: ids.page,
    data: {
      title: t.pageTitle,
      slug: pageSlug,
      dek: t.pageDek,
      layout: pageLayout(t),
      _status: 'published',
    } as never,
  })
}

const pageLayout = (t: Texts) => [
  { blockType: 'prose', content: paragraph(t.prose) },
  { blockType: 'callout', text: t.callout, linkLabel: t.calloutLink, ...link('https://example.com/c') },
  { blockType: 'cta', heading: t.pageCta, text: t.pageCta, linkLabel: t.pageCta, ...link('https://example.com/p') },
  {
    blockType: 'faq',
    heading: t.faqHeading,
    items: [{ question: t.faqQuestion, answer: paragraph(t.faqAnswer) }],
  },
] // prettier-ignore

/** What readers get: the twins, /llms.txt, the feed and the pages' JSON-LD, rendered by the site. */
async function render() {
  const [guide, page, site] = await Promise.all([
    getPublishedGuide(slug),
    getPublishedPage(pageSlug),
    getSiteSettings(),
  ])
  if (!guide || !page) throw new Error('fixture: the guide or the page is not published')
  const feed = await changesFeedRoute(new Request(`${env.SITE_URL}/guides/${slug}/changes.xml`), {
    params: Promise.resolve({ slug }),
  })
  const data = [guideJsonLd(guide, site), pageJsonLd(page, site)]
  // As GuideArticle and PageRoute render it.
  const script = (json: unknown, key: number) =>
    createElement('script', {
      key,
      type: 'application/ld+json',
      dangerouslySetInnerHTML: { __html: jsonLdScript(json) },
    })
  return {
    guide,
    markdown: {
      guide: (await twinMarkdown({ kind: 'guide', slug }))!,
      index: (await twinMarkdown({ kind: 'index' }))!,
      page: (await twinMarkdown({ kind: 'page', slug: pageSlug }))!,
      llms: (await twinMarkdown({ kind: 'llms' }))!,
    },
    feed: { status: feed.status, xml: await feed.text() },
    jsonLd: { data, html: renderToStaticMarkup(createElement(Fragment, null, data.map(script))) },
  }
}
type Rendered = Awaited<ReturnType<typeof render>>
let expected: Rendered

/** Publishes `texts`, renders, and hands the result to `check`: reported findings first. */
async function forEveryHostileText(check: (texts: Texts, out: Rendered) => void) {
  await fc.assert(
    fc.asyncProperty(hostileTexts, async (texts) => {
      await publish(texts)
      check(texts, await render())
    }),
    // Each run is a publish: no shrinking, the first failure is reported as it is.
    { numRuns: RUNS, examples: [[reported]], endOnFailure: true },
  )
}

let restoreCache = () => {}

beforeAll(async () => {
  ;({ payload } = await seededGuide())
  restoreCache = withoutDataCache()
  await signedInAs(payload, 'admin', 'hostile-admin')
  const { token } = await signedInAs(payload, 'editor', 'hostile-editor')
  for (const key of ['a', 'b'] as const) {
    const data = frameworkData(`Hostile ${key} ${suffix}`, { declaredBias: key === 'a' })
    ids[key] = (await payload.create({ collection: 'frameworks', data })).id
  }
  ids.criterion = (
    await payload.create({
      collection: 'criteria',
      data: { name: `Hostile criterion ${suffix}`, _status: 'published' },
    })
  ).id
  ids.caveat = (
    await payload.create({
      collection: 'caveats',
      data: { label: `Hostile ${suffix}`, body: paragraph('A caveat.'), _status: 'published' },
    })
  ).id
  ids.guide = (
    await payload.create({
      collection: 'guides',
      data: {
        title: `Hostile guide ${suffix}`,
        slug,
        dek: 'A guide the escaping tests write into.',
        cta: { heading: 'Try it' },
        ranking: [{ framework: ids.a }, { framework: ids.b }],
        criteriaSection: { criteria: [ids.criterion] },
        scorecardSection: scoredAll([ids.criterion], [ids.a, ids.b]),
        caveatsSection: { caveats: [ids.caveat] },
        _status: 'published',
      } as RequiredDataFromCollectionSlug<'guides'>,
    })
  ).id
  ids.page = (
    await payload.create({
      collection: 'pages',
      data: {
        title: 'Hostile page',
        slug: pageSlug,
        layout: pageLayout(plain),
        _status: 'published',
      } as never,
    })
  ).id
  // A release with a note, published then reverted: the guide's "What changed" lists both.
  await payload.update({
    collection: 'frameworks',
    id: ids.a,
    data: { bestFor: 'Drafted' },
    draft: true,
  })
  const release = await payload.create({
    collection: 'releases',
    data: { name: `Hostile ${suffix}`, note: 'Plain note', items: [{ doc: { relationTo: 'frameworks', value: ids.a } }] } as never,
  }) // prettier-ignore
  ids.release = release.id
  for (const action of ['publish', 'revert']) {
    const reply = await rest('POST', `releases/${release.id}/${action}`, { token })
    if (reply.status !== 200) throw new Error(`fixture: ${action}: ${JSON.stringify(reply.body)}`)
  }
  await publish(plain)
  expected = await render()
}, 180_000)

afterAll(async () => {
  await payload.delete({ collection: 'guide-changes', where: { guide: { equals: ids.guide } } })
  await payload.delete({ collection: 'releases', where: { id: { equals: ids.release } } })
  await payload.delete({ collection: 'guides', where: { id: { equals: ids.guide } } })
  await payload.delete({ collection: 'pages', where: { id: { equals: ids.page } } })
  await payload.delete({ collection: 'caveats', where: { id: { equals: ids.caveat } } })
  await payload.delete({ collection: 'criteria', where: { id: { equals: ids.criterion } } })
  await payload.delete({ collection: 'frameworks', where: { id: { in: [ids.a, ids.b] } } })
  restoreCache()
})

/** A twin's front-matter keys and its body's outline. */
const twinShape = (markdown: string) => ({
  frontMatter: Object.keys(frontMatter(markdown)),
  outline: markdownOutline(withoutFrontMatter(markdown)),
})

describe('hostile CMS text keeps every output’s structure', () => {
  it('Markdown twins: the guide, the guides index and a page', async () => {
    expect(twinShape(expected.markdown.guide).outline).toContain('table 5×2')
    await forEveryHostileText((texts, out) => {
      for (const twin of ['guide', 'index', 'page'] as const) {
        const markdown = out.markdown[twin]
        const label = `${twin} twin with ${JSON.stringify(texts)}:\n${markdown}`
        expect(twinShape(markdown), label).toEqual(twinShape(expected.markdown[twin]))
        expect(markdown, label).not.toMatch(OTHER_LINE_BREAKS)
        expect(markdown.includes('\r'), label).toBe(false)
      }
    })
  }, 300_000)

  it('/llms.txt', async () => {
    const sections = (text: string) =>
      parseLlmsTxt(text).sections.map((s) => ({ links: s.links.map((l) => l.url) }))
    await forEveryHostileText((texts, out) => {
      const label = `llms.txt with ${JSON.stringify(texts)}:\n${out.markdown.llms}`
      expect(sections(out.markdown.llms), label).toEqual(sections(expected.markdown.llms))
      expect(markdownOutline(out.markdown.llms), label).toEqual(
        markdownOutline(expected.markdown.llms),
      )
      expect(out.markdown.llms, label).not.toMatch(OTHER_LINE_BREAKS)
    })
  }, 300_000)

  it('the Atom feed of "What changed": well-formed XML, the same elements, the note as text', async () => {
    const plainFeed = xmlOutline(expected.feed.xml)
    expect(plainFeed.outline.filter((line) => line.trim().startsWith('entry('))).toHaveLength(2)
    await forEveryHostileText((texts, out) => {
      const label = `feed with ${JSON.stringify(texts)}:\n${out.feed.xml}`
      expect(out.feed.status, label).toBe(200)
      const parsed = xmlOutline(out.feed.xml, ['title'])
      expect(parsed.outline, label).toEqual(plainFeed.outline)
      // The reverted entry's title, as stored, less what XML cannot hold.
      const { revertedLabel } = out.guide.changesSection
      const note = out.guide.changes[0]?.note ?? ''
      const xmlText = (text: string) =>
        text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
      expect(
        parsed.text.title?.map((t) => t),
        label,
      ).toContain(xmlText(`${revertedLabel}: ${note}`))
    })
  }, 300_000)

  it('JSON-LD: one script element each, that parses back to the same data', async () => {
    await forEveryHostileText((texts, out) => {
      const label = `JSON-LD with ${JSON.stringify(texts)}:\n${out.jsonLd.html}`
      const found = jsonLdIn(out.jsonLd.html)
      expect(found.others, label).toEqual([])
      expect(found.data, label).toEqual(JSON.parse(JSON.stringify(out.jsonLd.data)))
      for (const raw of found.raw) expect(raw, label).not.toMatch(/<|\u2028|\u2029/)
    })
  }, 300_000)
})
