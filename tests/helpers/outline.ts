import { createRequire } from 'node:module'

import { Window } from 'happy-dom'
import { marked, type Token, type Tokens } from 'marked'

// Structure without words: what a reader's parser makes of a document, so the same document with
// hostile text and with plain words can be compared. The parsers are the ones already installed
// (marked: CommonMark with GitHub's tables; sax in strict mode; happy-dom's HTML parser).

/** Inline constructs that are structure: links (with their URL), inline HTML, code spans. */
function inlineMarks(tokens: Token[] | undefined): string[] {
  return (tokens ?? []).flatMap((token): string[] => {
    // A bare URL that GitHub's Markdown links (an autolink literal) shows the characters typed.
    if (token.type === 'link' && token.raw.startsWith('[')) return [`link ${token.href}`]
    if (token.type === 'html') return ['inline html']
    if (token.type === 'codespan') return ['code span']
    if (token.type === 'image') return ['image']
    return 'tokens' in token ? inlineMarks(token.tokens) : []
  })
}

function blocks(tokens: Token[], indent = ''): string[] {
  return tokens.flatMap((token): string[] => {
    switch (token.type) {
      case 'space':
        return []
      case 'heading':
        return [`${indent}h${(token as Tokens.Heading).depth}`, ...inlineMarks(token.tokens)]
      case 'paragraph':
      case 'text':
        return [`${indent}${token.type}`, ...inlineMarks((token as Tokens.Paragraph).tokens)]
      case 'list': {
        const list = token as Tokens.List
        return [
          `${indent}${list.ordered ? 'ol' : 'ul'} of ${list.items.length}`,
          ...list.items.flatMap((item) => blocks(item.tokens, `${indent}  `)),
        ]
      }
      case 'table': {
        const table = token as Tokens.Table
        const cells = [...table.header, ...table.rows.flat()]
        return [
          `${indent}table ${table.header.length}×${table.rows.length}`,
          ...cells.flatMap((cell) => inlineMarks(cell.tokens)),
        ]
      }
      case 'blockquote':
        return [`${indent}quote`, ...blocks(token.tokens ?? [], `${indent}  `)]
      default:
        // code, hr, html, def: none is ever written from CMS text.
        return [`${indent}${token.type}`]
    }
  })
}

/** A Markdown body's outline: its blocks (headings by level, lists by item count, tables by size). */
export const markdownOutline = (markdown: string): string[] => blocks(marked.lexer(markdown))

/** Characters some reader takes for a line end although CommonMark does not. */
export const OTHER_LINE_BREAKS = /[\v\f\u0085\u2028\u2029]/

type SaxParser = {
  onerror: (error: Error) => void
  onopentag: (tag: { name: string; attributes: Record<string, string> }) => void
  onclosetag: (name: string) => void
  ontext: (text: string) => void
  write: (xml: string) => SaxParser
  close: () => void
}
const sax = createRequire(import.meta.url)('sax') as { parser: (strict: boolean) => SaxParser }

// XML 1.0's Char production: anything else anywhere makes the document unreadable.
const XML_TEXT = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u

/**
 * An XML document's outline, element by element with its attribute names, and the text of each
 * element named in `texts`. Throws on anything a conforming parser refuses.
 */
export function xmlOutline(xml: string, texts: string[] = []) {
  if (!XML_TEXT.test(xml)) throw new Error('holds a character XML 1.0 does not allow')
  if (xml.includes(']]>')) throw new Error('holds "]]>" outside a CDATA section')
  const outline: string[] = []
  const text: Record<string, string[]> = {}
  const open: string[] = []
  let roots = 0
  const parser = sax.parser(true)
  parser.onerror = (error) => {
    throw error
  }
  parser.onopentag = ({ name, attributes }) => {
    if (open.length === 0) roots++
    open.push(name)
    outline.push(`${'  '.repeat(open.length - 1)}${name}(${Object.keys(attributes).join(',')})`)
  }
  parser.onclosetag = () => void open.pop()
  parser.ontext = (chunk) => {
    const name = open.at(-1)
    if (name && texts.includes(name)) (text[name] ??= []).push(chunk)
  }
  parser.write(xml).close()
  if (roots !== 1) throw new Error(`has ${roots} root elements`)
  return { outline, text }
}

/**
 * The `<script type="application/ld+json">` elements an HTML parser finds in `html`, each parsed
 * as JSON, and every other element it finds (a script closed early leaves some behind).
 */
export function jsonLdIn(html: string) {
  const window = new Window()
  const document = new window.DOMParser().parseFromString(
    `<!doctype html><html><head>${html}</head><body></body></html>`,
    'text/html',
  )
  const scripts = [...document.querySelectorAll('script[type="application/ld+json"]')]
  const others = [...document.querySelectorAll('head *, body *')].filter(
    (element) => element.tagName !== 'SCRIPT' || !scripts.includes(element),
  )
  return {
    raw: scripts.map((script) => script.textContent),
    data: scripts.map((script) => JSON.parse(script.textContent) as unknown),
    others: others.map((element) => element.tagName.toLowerCase()),
  }
}
