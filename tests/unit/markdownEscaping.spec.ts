import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { lexicalToMarkdown } from '@/lib/markdown/lexical'
import { emphasis, inline, lines, link, paragraph, strong, yamlString } from '@/lib/markdown/text'
import { jsonLdScript } from '@/lib/seo/structuredData'

import { readingText } from '../helpers/markdown'
import { jsonLdIn, markdownOutline, OTHER_LINE_BREAKS } from '../helpers/outline'

// The escaping of ./text and the rich-text writer, over many more generated strings than the int
// tests can publish: whatever the text, a document keeps the outline it has with plain words.

const PIECES = [
  '\n', '\r\n', '\r', '\u2028', '\u2029', '\u0085', '\v', '\f', '\t', '    ', '# ', '#', '- ',
  '* ', '+ ', '> ', '1. ', '2) ', '~~~', '```', '---', '===', ':--', '|', '| --- |', '[', ']',
  '](https://evil.example/)', '[x]: https://evil.example/', '(', ')', '<', '>', '<b>', '&',
  '&amp;', '&#10;', '\\', '*', '**', '_', '`', '!', '\u0001', '\u001f', '\u007f', '\uD800',
] as const // prettier-ignore
const hostile = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 3 })), {
    maxLength: 8,
  })
  .map((parts) => parts.join(''))
const word = fc.stringMatching(/^[A-Za-z]{1,6}$/)
/** Hostile text around a word: never blank, so a plain word is its benign twin. */
const text = fc.tuple(hostile, word, hostile).map(([a, w, b]) => `${a}${w}${b}`)

const rich = (children: unknown[]) => ({ root: { type: 'root', children } })
const t = (value: string, format = 0) => ({ type: 'text', text: value, format })
const richDoc = (s: string[]) =>
  rich([
    { type: 'paragraph', children: [t(s[0]!), { type: 'linebreak' }, t(s[1]!, 1)] },
    { type: 'heading', tag: 'h2', children: [t(s[2]!, 2)] },
    {
      type: 'list',
      listType: 'number',
      children: [
        { type: 'listitem', children: [t(s[3]!)] },
        {
          type: 'listitem',
          children: [
            {
              type: 'link',
              fields: { linkType: 'custom', url: `https://example.com/${s[4]}` },
              children: [t(s[5]!)],
            },
          ],
        },
      ],
    },
  ])

/** A document with a piece of every construct the site writes, from eight texts. */
const documentOf = (s: string[]) =>
  [
    `# ${inline(s[0]!)}`,
    paragraph(s[1]!),
    `- ${strong(s[2]!)} ${emphasis(s[3]!)}: ${inline(s[4]!)}`,
    `  - ${paragraph(s[5]!)}`,
    [
      `| ${inline(s[6]!)} | ${link(s[7]!, `https://example.com/${s[0]}`)} |`,
      '| --- | --- |',
      `| ${inline(s[1]!)} | ${inline(s[2]!)} |`,
    ].join('\n'),
    `> ${lines(s[3]!).join('\n> ')}`,
    lexicalToMarkdown(richDoc(s), (fields) => String(fields?.url)),
  ].join('\n\n')

/** The outline, each link's URL checked apart: it holds the text, so it differs. */
function shape(markdown: string) {
  const outline = markdownOutline(markdown)
  const urls = outline.filter((item) => item.startsWith('link ')).map((item) => item.slice(5))
  return { outline: outline.map((item) => (item.startsWith('link ') ? 'link' : item)), urls }
}

const plain = ['One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight']
const expected = shape(documentOf(plain)).outline

describe('CMS text in Markdown', () => {
  it('never changes a document’s outline: headings, lists, tables, quotes, links', () => {
    expect(expected).toContain('table 2×1')
    fc.assert(
      fc.property(fc.array(text, { minLength: 8, maxLength: 8 }), (texts) => {
        const markdown = documentOf(texts)
        const { outline, urls } = shape(markdown)
        expect(outline, markdown).toEqual(expected)
        for (const url of urls)
          expect(url, markdown).toMatch(/^https:\/\/example\.com\/[^\s()<>]*$/)
        expect(markdown, markdown).not.toMatch(OTHER_LINE_BREAKS)
      }),
      { numRuns: 2000 },
    )
  })

  it('the words stay the words a reader reads', () => {
    fc.assert(
      fc.property(text, (value) => {
        const words = value
          // eslint-disable-next-line no-control-regex -- what the escaping turns into spaces
          .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ')
          .replace(/\s+/g, ' ')
          .trim()
        expect(readingText(paragraph(value))).toBe(words)
        expect(readingText(`## ${inline(value)}`)).toBe(words)
      }),
    )
  })

  it('a front-matter value stays one line of JSON', () => {
    fc.assert(
      fc.property(text, (value) => {
        const written = yamlString(value)
        expect(written).not.toMatch(/[\n\r\u0085\u2028\u2029]/)
        expect(JSON.parse(written)).toBe(value)
      }),
    )
  })
})

describe('JSON-LD in a <script> element', () => {
  it('cannot be closed or changed by any text, and parses back to the same data', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(text, fc.constantFrom('</script><b>x</b>', '<!--<script>')), {
          minLength: 1,
        }),
        (values) => {
          const data = { '@context': 'https://schema.org', names: values }
          const found = jsonLdIn(
            `<script type="application/ld+json">${jsonLdScript(data)}</script>`,
          )
          expect(found.others).toEqual([])
          expect(found.data).toEqual([JSON.parse(JSON.stringify(data))])
          expect(found.raw.join('')).not.toMatch(/[<\u2028\u2029]/)
        },
      ),
      { numRuns: 300 },
    )
  })
})
