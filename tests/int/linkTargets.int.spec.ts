// What a save records as a document's links (`linksTo`, src/hooks/recordLinks.ts, found by its
// fields: src/lib/content/linkTargets.ts), on the app's own sanitized config: every place an editor
// can put a link by reference counts, and removing it frees the target for deletion.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { relationId } from '@/lib/content/relationId'
import type { Guide, Page } from '@/payload-types'

import { seededGuide } from '../helpers/payload'
import { paragraph, paragraphLinkingTo } from '../helpers/richText'

let payload: Payload
const suffix = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`
const made: { collection: 'pages' | 'guides'; id: number }[] = []

beforeAll(async () => {
  ;({ payload } = await seededGuide())
})

afterAll(async () => {
  // Sources before targets (created last): a published link holds its target.
  const guides = made.filter((doc) => doc.collection === 'guides')
  const pages = made.filter((doc) => doc.collection === 'pages').reverse()
  for (const { collection, id } of [...guides, ...pages]) await payload.delete({ collection, id })
})

const toPage = (value: number) => ({ relationTo: 'pages' as const, value })

async function target(name: string) {
  const doc = await payload.create({
    collection: 'pages',
    data: {
      title: `Target ${name}`,
      slug: `target-${name}-${suffix}`,
      layout: [{ blockType: 'prose', content: paragraph('Body.') }],
      _status: 'published',
    },
  })
  made.push({ collection: 'pages', id: doc.id })
  return doc.id
}

const linksOf = (doc: Page | Guide) =>
  (doc.linksTo ?? []).map((link) => `${link.relationTo}:${relationId(link.value)}`).sort()

describe('the links a save records', () => {
  it('a page: links in prose, in an FAQ answer, in a CTA and a callout; a URL is none', async () => {
    const [prose, answer, cta] = [await target('prose'), await target('faq'), await target('cta')]
    const layout: Page['layout'] = [
      { blockType: 'prose', content: paragraphLinkingTo('See ', toPage(prose)) },
      {
        blockType: 'faq',
        heading: 'FAQ',
        items: [
          { question: 'Plain?', answer: paragraph('Yes.') },
          { question: 'Where?', answer: paragraphLinkingTo('There: ', toPage(answer)) },
        ],
      },
      { blockType: 'cta', heading: 'Go', linkType: 'internal', doc: toPage(cta) },
      {
        blockType: 'callout',
        text: 'Again',
        linkLabel: 'it',
        linkType: 'internal',
        doc: toPage(prose),
      },
      { blockType: 'cta', heading: 'Out', linkType: 'custom', url: 'https://example.com/' },
    ]
    const source = await payload.create({
      collection: 'pages',
      data: { title: 'Source', slug: `source-${suffix}`, layout, _status: 'published' },
    })
    made.push({ collection: 'pages', id: source.id })
    expect(linksOf(source)).toEqual([`pages:${answer}`, `pages:${cta}`, `pages:${prose}`].sort())

    // The FAQ goes: its answer's target is no longer linked, and may be deleted.
    const refused = await payload.delete({ collection: 'pages', id: answer }).catch((e: Error) => e)
    expect((refused as Error).message).toContain('Source')
    const edited = await payload.update({
      collection: 'pages',
      id: source.id,
      data: { layout: layout.filter((block) => block.blockType !== 'faq') },
    })
    expect(linksOf(edited)).toEqual([`pages:${cta}`, `pages:${prose}`].sort())
    await payload.delete({ collection: 'pages', id: answer })
    made.splice(
      made.findIndex((doc) => doc.id === answer),
      1,
    )
    expect(await payload.count({ collection: 'pages', where: { id: { equals: answer } } })).toEqual(
      { totalDocs: 0 },
    )
  })

  it('a guide draft: links in a rich text inside a group, in its cross link and its CTA', async () => {
    const [intro, cross, cta] = [await target('intro'), await target('cross'), await target('gcta')]
    const guide = await payload.create({
      collection: 'guides',
      draft: true,
      data: {
        title: 'Linked guide',
        slug: `linked-guide-${suffix}`,
        dek: 'Links.',
        criteriaSection: { heading: 'Criteria', intro: paragraphLinkingTo('Read ', toPage(intro)) },
        crossLink: paragraphLinkingTo('Also ', toPage(cross)),
        cta: { heading: 'Next', linkType: 'internal', doc: toPage(cta) },
        _status: 'draft',
      },
    })
    made.push({ collection: 'guides', id: guide.id })
    expect(linksOf(guide)).toEqual([`pages:${intro}`, `pages:${cross}`, `pages:${cta}`].sort())
  })
})
