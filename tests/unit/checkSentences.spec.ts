import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { richTextReferences } from '@/lib/checks/references'
import { sentenceAround } from '@/lib/checks/sentences'

// Where a Checks finding quotes a link: the one sentence around it, whatever surrounds it.

const text = (value: string) => ({ type: 'text', text: value, version: 1 })
const link = (words: string, value = 7) => ({
  type: 'link',
  version: 3,
  fields: { linkType: 'internal', doc: { relationTo: 'pages', value } },
  children: [text(words)],
})
const state = (...blocks: unknown[]) => ({ root: { type: 'root', children: blocks } })
const paragraph = (...children: unknown[]) => ({ type: 'paragraph', children })

describe('sentenceAround', () => {
  it('quotes the sentence holding the span, none of its neighbours', () => {
    const line = 'One here. Two has the link! Three? Four.'
    const at = line.indexOf('the link')
    expect(sentenceAround(line, at, at + 'the link'.length)).toBe('Two has the link!')
  })

  it('always returns a piece of the text that holds the whole span', () => {
    const sentence = fc
      .array(fc.constantFrom('a', 'b', ' ', 'é', '—', ','), { minLength: 1, maxLength: 12 })
      .map((chars) => `${chars.join('').trim() || 'x'}${'.!?'[chars.length % 3]}`)
    fc.assert(
      fc.property(
        fc.array(sentence, { maxLength: 4 }),
        fc.array(sentence, { maxLength: 4 }),
        (before, after) => {
          const words = 'the link'
          const line = [...before, `See ${words} now.`, ...after].join(' ')
          const at = line.indexOf(`See ${words}`) + 4
          const quoted = sentenceAround(line, at, at + words.length)
          expect(quoted).toBe(`See ${words} now.`)
        },
      ),
    )
  })
})

describe('richTextReferences', () => {
  it('finds each link with its words and sentence, in paragraphs and nested list items', () => {
    const list = {
      type: 'list',
      children: [
        {
          type: 'listitem',
          children: [
            text('Item with '),
            link('a page', 8),
            { type: 'list', children: [{ type: 'listitem', children: [link('deeper', 9)] }] },
          ],
        },
      ],
    }
    const found = richTextReferences(
      state(paragraph(text('Intro. Read '), link('the essay'), text(' first. Then more.')), list),
      'body',
    )
    expect(found.map(({ target, words, sentence }) => [target.value, words, sentence])).toEqual([
      [7, 'the essay', 'Read the essay first.'],
      [8, 'a page', 'Item with a page'],
      [9, 'deeper', 'deeper'],
    ])
    expect(new Set(found.map((f) => f.field))).toEqual(new Set(['body']))
  })

  it('leaves out links to a URL', () => {
    const custom = {
      type: 'link',
      fields: { linkType: 'custom', url: '/x' },
      children: [text('x')],
    }
    expect(richTextReferences(state(paragraph(custom)), 'body')).toEqual([])
  })
})
