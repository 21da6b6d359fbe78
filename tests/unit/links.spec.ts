import { flattenAllFields } from 'payload'
import { describe, expect, it } from 'vitest'

import { CalloutBlock } from '@/blocks/Callout/config'
import { CallToActionBlock } from '@/blocks/CallToAction/config'
import { richTextField } from '@/fields/richText'
import { hrefOf } from '@/lib/content/links'
import { linkTargetsIn } from '@/lib/content/linkTargets'
import { linkPhrase } from '@/lib/seed/links'

const fields = flattenAllFields({
  fields: [
    richTextField('body'),
    { name: 'layout', type: 'blocks', blocks: [CallToActionBlock, CalloutBlock] },
  ],
})

const addresses = { 'pages:3': { path: '/essay', title: 'Essay', slug: 'essay' } }
const text = (value: string) => ({ type: 'text', text: value, format: 0 })
const state = (...children: unknown[]) => ({
  root: { type: 'root', children: [{ type: 'paragraph', children }] },
})

describe('links by reference', () => {
  it('a link to a published document takes its address; an unpublished one has none', () => {
    expect(
      hrefOf({ linkType: 'internal', doc: { relationTo: 'pages', value: 3 } }, addresses),
    ).toBe('/essay')
    expect(
      hrefOf({ linkType: 'internal', doc: { relationTo: 'pages', value: { id: 3 } } }, addresses),
    ).toBe('/essay')
    expect(
      hrefOf({ linkType: 'internal', doc: { relationTo: 'pages', value: 4 } }, addresses),
    ).toBeNull()
    expect(hrefOf({ linkType: 'custom', url: ' /guides ' }, addresses)).toBe('/guides')
    expect(hrefOf({ linkType: 'custom', url: '' }, addresses)).toBeNull()
  })

  it('finds every reference, in rich text and link fields, once each', () => {
    const data = {
      body: state({
        type: 'link',
        fields: { linkType: 'internal', doc: { relationTo: 'pages', value: 3 } },
      }),
      layout: [
        { blockType: 'cta', linkType: 'internal', doc: { relationTo: 'guides', value: 1 } },
        {
          blockType: 'callout',
          linkType: 'internal',
          doc: { relationTo: 'pages', value: { id: 3, title: 'x' } },
        },
        { blockType: 'cta', linkType: 'custom', url: '/x', doc: { relationTo: 'pages', value: 9 } },
        { blockType: 'cta', linkType: 'internal', doc: { relationTo: 'media', value: 5 } },
      ],
    }
    expect(linkTargetsIn(fields, data)).toEqual([
      { relationTo: 'pages', value: 3 },
      { relationTo: 'guides', value: 1 },
    ])
  })

  it('the seed links a phrase without changing a word around it', () => {
    const linked = linkPhrase(state(text('Read the companion essay today.')), 'companion essay', {
      relationTo: 'pages',
      value: 3,
    })
    const paragraph = linked.root.children[0] as {
      children: { text?: string; children?: { text: string }[] }[]
    }
    expect(paragraph.children.map((node) => node.text ?? node.children![0]!.text).join('')).toBe(
      'Read the companion essay today.',
    )
    expect(linkTargetsIn(fields, { body: linked })).toEqual([{ relationTo: 'pages', value: 3 }])
    expect(() =>
      linkPhrase(state(text('no such words')), 'companion essay', {
        relationTo: 'pages',
        value: 3,
      }),
    ).toThrow(/not in the text/)
  })
})
