/** The plain text of Lexical JSON: text nodes joined, paragraphs and list items on their own lines. */
export function lexicalText(data: unknown): string {
  const blocks = new Set(['paragraph', 'heading', 'listitem', 'quote'])
  const walk = (node: unknown): string => {
    if (!node || typeof node !== 'object') return ''
    const { type, text, children } = node as { type?: string; text?: unknown; children?: unknown }
    if (typeof text === 'string') return text
    const inner = Array.isArray(children) ? children.map(walk).join('') : ''
    return type && blocks.has(type) ? `${inner}\n` : inner
  }
  const root = (data as { root?: unknown } | null)?.root
  return walk(root)
    .trim()
    .replace(/\n{2,}/g, '\n')
}
