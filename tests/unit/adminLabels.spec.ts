import { describe, expect, it } from 'vitest'

import { blockRowLabelText } from '@/components/admin/blockRowLabelText'
import { publishedSlugNote } from '@/fields/slug'

import { paragraph } from '../helpers/richText'

describe('a page block’s row in the admin reads as the block does, not “Untitled”', () => {
  it('its name, else its heading, else its text', () => {
    expect(blockRowLabelText({ blockType: 'faq', heading: 'Questions', blockName: 'FAQ' })).toBe(
      'FAQ',
    )
    expect(blockRowLabelText({ blockType: 'cta', heading: 'Try jerrycan' })).toBe('Try jerrycan')
    expect(blockRowLabelText({ blockType: 'callout', text: 'Compare the top three.' })).toBe(
      'Compare the top three.',
    )
  })

  it('a rich-text block’s first words, paragraphs kept apart, cut with an ellipsis', () => {
    const content = paragraph('Why we rank. '.repeat(10))
    content.root.children.unshift(paragraph('Intro').root.children[0]!)
    const label = blockRowLabelText({ blockType: 'prose', content })
    expect(label.startsWith('Intro Why we rank.')).toBe(true)
    expect(label.endsWith('…')).toBe(true)
    expect(label.length).toBe(60)
  })

  it('nothing for a block with no words yet', () => {
    expect(blockRowLabelText({ blockType: 'prose' })).toBe('')
    expect(blockRowLabelText({ blockType: 'cta', heading: '  ' })).toBe('')
    expect(blockRowLabelText(undefined)).toBe('')
  })
})

describe('the slug of a published page says what a new slug does to its address', () => {
  it('unchanged: where it lives, and that a new slug redirects the old address', () => {
    expect(publishedSlugNote('/', 'about', 'about')).toBe(
      'Published at /about. A new slug moves it: publishing it makes /about redirect (301) to the new address.',
    )
  })

  it('changed: the move and the redirect, by both addresses', () => {
    expect(publishedSlugNote('/guides/', 'best', ' best-2027 ')).toMatch(
      /^Changes the address: publishing moves it from \/guides\/best to \/guides\/best-2027, and \/guides\/best will redirect \(301\) there\./,
    )
  })

  it('emptied (it will be derived again): the address note, not a move to nowhere', () => {
    expect(publishedSlugNote('/', 'about', '')).toMatch(/^Published at \/about\./)
  })
})
