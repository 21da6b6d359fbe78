import { blockStart, destination, line, span } from './text'

// Our own Lexical-to-Markdown writer, not Payload's convertLexicalToMarkdown: that one escapes
// only `*`, `_`, `` ` ``, `~` and `\`, so a paragraph reading "# Heading", "- item", "> quote",
// "[x](https://…)" or "<b>" came out as that syntax. The editors here hold paragraphs, h2/h3,
// lists, bold, italic, line breaks and links (src/fields/richText.ts); all of it is written here,
// every word through ./text.

type LexicalNode = {
  type?: string
  children?: LexicalNode[]
  fields?: Record<string, unknown>
  text?: string
  format?: number | string
  tag?: string
  listType?: string
  start?: number
}

/** Where a link goes, as an absolute URL; null while its target is not published. */
export type LinkResolver = (fields: Record<string, unknown> | undefined) => string | null

const BOLD = 1
const ITALIC = 2

/** `open` and `close` around escaped words, their outer spaces outside (`** a**` is no emphasis). */
function around(escaped: string, open: string, close: string): string {
  const core = escaped.trim()
  if (!core) return escaped
  const lead = escaped.slice(0, escaped.indexOf(core))
  const trail = escaped.slice(lead.length + core.length)
  return `${lead}${open}${core}${close}${trail}`
}

/** A block's inline content, `\n` where a line break stands. */
function inlines(nodes: LexicalNode[], resolve: LinkResolver): string {
  return nodes
    .map((node) => {
      if (node.type === 'text') {
        const format = typeof node.format === 'number' ? node.format : 0
        const marks = `${format & BOLD ? '**' : ''}${format & ITALIC ? '*' : ''}`
        return around(span(node.text ?? ''), marks, [...marks].reverse().join(''))
      }
      if (node.type === 'linebreak') return '\n'
      const words = inlines(node.children ?? [], resolve)
      if (node.type !== 'link' && node.type !== 'autolink') return words
      // A link whose target is not published reads as its words, as the HTML shows it
      // (src/components/RichText.tsx).
      const url = resolve(node.fields)
      const text = words.replace(/\n/g, ' ')
      return url ? around(text, '[', `](${destination(url)})`) : text
    })
    .join('')
}

/** A block's lines, none starting a block of its own; none when it holds no words. */
const linesOf = (nodes: LexicalNode[], resolve: LinkResolver) =>
  inlines(nodes, resolve)
    .split('\n')
    .map((text) => blockStart(line(text)))
    .filter(Boolean)

// A backslash at the end of a line: the hard line break a Lexical line break renders as (<br>).
const HARD_BREAK = '\\\n'

const indent = (text: string, pad: string) =>
  text
    .split('\n')
    .map((row) => (row ? pad + row : row))
    .join('\n')

function list(node: LexicalNode, resolve: LinkResolver): string {
  const ordered = node.listType === 'number'
  const first = node.start ?? 1
  return (node.children ?? [])
    .map((item, index) => {
      const marker = ordered ? `${first + index}.` : '-'
      const pad = ' '.repeat(marker.length + 1)
      const children = item.children ?? []
      const own = linesOf(
        children.filter((child) => child.type !== 'list'),
        resolve,
      ).join(HARD_BREAK + pad)
      const nested = children
        .filter((child) => child.type === 'list')
        .map((child) => indent(list(child, resolve), pad))
      return [`${marker} ${own}`.trimEnd(), ...nested].join('\n')
    })
    .join('\n')
}

function block(node: LexicalNode, resolve: LinkResolver): string {
  const children = node.children ?? []
  switch (node.type) {
    case 'heading': {
      const level = Number(/^h([1-6])$/.exec(node.tag ?? '')?.[1] ?? 2)
      const text = linesOf(children, resolve).join(' ')
      return text ? `${'#'.repeat(level)} ${text}` : ''
    }
    case 'list':
      return list(node, resolve)
    case 'quote':
      return linesOf(children, resolve)
        .map((text) => `> ${text}`)
        .join(HARD_BREAK)
    default:
      return linesOf(children, resolve).join(HARD_BREAK)
  }
}

/** One rich-text field as Markdown, its links resolved by `resolve`. '' for an empty field. */
export function lexicalToMarkdown(data: unknown, resolve: LinkResolver): string {
  if (!data || typeof data !== 'object' || !('root' in data)) return ''
  const root = (data as { root: LexicalNode }).root
  return (root.children ?? [])
    .map((node) => block(node, resolve))
    .filter(Boolean)
    .join('\n\n')
}
