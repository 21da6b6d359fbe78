import type { LinkTarget } from '@/lib/content/links'

type Node = { type?: string; text?: string; children?: Node[]; [key: string]: unknown }

/**
 * Turns the first occurrence of `phrase` in Lexical JSON into a link to `doc`, splitting the text
 * node around it. The words stay exactly as they were; only the link is added.
 */
export function linkPhrase<T>(state: T, phrase: string, doc: LinkTarget): T {
  let done = false
  const visit = (node: Node): Node => {
    if (done || !node.children) return node
    const children: Node[] = []
    for (const child of node.children) {
      const at = child.type === 'text' && !done ? (child.text ?? '').indexOf(phrase) : -1
      if (at < 0) {
        children.push(visit(child))
        continue
      }
      const text = child.text ?? ''
      const piece = (value: string): Node => ({ ...child, text: value })
      if (at > 0) children.push(piece(text.slice(0, at)))
      children.push({
        type: 'link',
        version: 3,
        direction: 'ltr',
        format: '',
        indent: 0,
        fields: { linkType: 'internal', doc, newTab: false },
        children: [piece(phrase)],
      })
      if (at + phrase.length < text.length) children.push(piece(text.slice(at + phrase.length)))
      done = true
    }
    return { ...node, children }
  }
  const root = (state as { root: Node }).root
  const linked = { ...state, root: visit(root) }
  if (!done) throw new Error(`seed: the phrase "${phrase}" is not in the text`)
  return linked
}
