// What the link collector (src/lib/content/linkTargets.ts) finds in documents shaped as the app's
// own collections hold them (their configs, flattened by Payload's flattenAllFields as the
// sanitized config holds them): link fields in groups and blocks, rich text links in groups,
// arrays of blocks and nested lists, populated or not, repeated, and what is not a link.
import { flattenAllFields, type Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { linkTargetsIn } from '@/lib/content/linkTargets'

import { Frameworks } from '../../collections/Frameworks'
import { Guides } from '../../collections/Guides'
import { Pages } from '../../collections/Pages'

const fieldsOf = (fields: Field[]) => flattenAllFields({ fields })
const collect = (fields: Field[], data: unknown) => linkTargetsIn(fieldsOf(fields), data)

const text = (value: string) => ({ type: 'text', text: value, format: 0, version: 1 })
const link = (doc: unknown, linkType = 'internal') => ({
  type: 'link',
  version: 3,
  fields: { linkType, doc, newTab: false, ...(linkType === 'custom' ? { url: '/x' } : {}) },
  children: [text('here')],
})
const paragraph = (...children: unknown[]) => ({ type: 'paragraph', version: 1, children })
const list = (...items: unknown[]) => ({
  type: 'list',
  listType: 'bullet',
  children: items.map((children) => ({ type: 'listitem', children: [children] })),
})
const state = (...children: unknown[]) => ({
  root: { type: 'root', version: 1, direction: 'ltr', children },
})
const to = (relationTo: string, value: unknown) => ({ relationTo, value })

const guide = {
  id: 12,
  title: 'Best static site generators',
  slug: 'ssg',
  updatedLabel: 'Updated',
  dek: 'Which one to pick.',
  criteriaSection: {
    heading: 'The criteria',
    intro: state(paragraph(text('See '), link(to('pages', 3)), text(' first.'))),
    criteria: [1, 2],
    // A link two lists deep, and one the editor pasted as a URL.
    outro: state(
      list(paragraph(text('a')), list(paragraph(link(to('guides', 7))))),
      paragraph(link(undefined, 'custom')),
    ),
  },
  ranking: [
    { id: 'r1', framework: 1 },
    { id: 'r2', framework: 2 },
  ],
  tableLabels: { rank: '#', framework: 'Framework', caption: 'At a glance' },
  declaredBiasLabel: 'Ours',
  // Populated (depth > 0): the document's own links are not this guide's.
  crossLink: state(
    paragraph(
      link(to('guides', { id: 8, cta: { linkType: 'internal', doc: to('pages', 77) } })),
      link(to('pages', 3)),
      link(to('pages', 10)),
    ),
  ),
  scorecardSection: { scorecard: { scores: {}, weights: {} }, position: 'afterRanking' },
  caveatsSection: { heading: 'Caveats', caveats: [4] },
  cta: { heading: 'Read on', linkType: 'internal', doc: to('pages', 4), url: null },
  changesSection: { heading: 'What changed', position: 'end', limit: 5 },
  meta: { title: null, description: null },
  linksTo: [to('pages', 99)],
  updatedBy: 1,
  _status: 'published',
}

const page = {
  id: 30,
  title: 'Why static',
  slug: 'why-static',
  dek: null,
  layout: [
    { id: 'b1', blockType: 'prose', content: state(paragraph(link(to('pages', 3)))) },
    { id: 'b2', blockType: 'cta', heading: 'Go', linkType: 'internal', doc: to('guides', 1) },
    {
      id: 'b3',
      blockType: 'callout',
      text: 'Also',
      linkLabel: 'this',
      linkType: 'internal',
      doc: to('pages', { id: 5, title: 'Populated' }),
    },
    {
      id: 'b4',
      blockType: 'faq',
      heading: 'FAQ',
      items: [
        { id: 'q1', question: 'Which?', answer: state(paragraph(link(to('guides', 2)))) },
        { id: 'q2', question: 'Again?', answer: state(paragraph(link(to('pages', 3)))) },
      ],
    },
    // A ranking shows a guide; it does not link to it.
    { id: 'b5', blockType: 'ranking', guide: 9 },
    // A custom link keeps the document it once pointed at; only media is no link target.
    { id: 'b6', blockType: 'cta', linkType: 'custom', url: '/x', doc: to('pages', 9) },
    { id: 'b7', blockType: 'callout', linkType: 'internal', doc: to('media', 5) },
  ],
  meta: { title: null, image: 4 },
  linksTo: [],
  _status: 'draft',
}

describe('the link collector on documents of the app’s collections', () => {
  it('a guide: rich text links in groups and nested lists, and its CTA, once each', () => {
    expect(collect(Guides.fields, guide)).toEqual([
      { relationTo: 'pages', value: 3 },
      { relationTo: 'guides', value: 7 },
      { relationTo: 'guides', value: 8 },
      { relationTo: 'pages', value: 10 },
      { relationTo: 'pages', value: 4 },
    ])
  })

  it('a page: link blocks and rich text in blocks and in an array inside a block', () => {
    expect(collect(Pages.fields, page)).toEqual([
      { relationTo: 'pages', value: 3 },
      { relationTo: 'guides', value: 1 },
      { relationTo: 'pages', value: 5 },
      { relationTo: 'guides', value: 2 },
    ])
  })

  it('a framework: its blurb’s links; none in a document without links', () => {
    const blurb = state(paragraph(text('Like '), link(to('guides', 6))))
    expect(collect(Frameworks.fields, { name: 'Astro', blurb })).toEqual([
      { relationTo: 'guides', value: 6 },
    ])
    expect(
      collect(Frameworks.fields, { name: 'Astro', blurb: state(paragraph(text('x'))) }),
    ).toEqual([])
    expect(collect(Pages.fields, { ...page, layout: [] })).toEqual([])
  })
})
