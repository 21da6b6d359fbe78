import configPromise from '@payload-config'
import { convertLexicalToMarkdown, editorConfigFactory } from '@payloadcms/richtext-lexical'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

type LexicalNode = { type?: string; children?: LexicalNode[]; fields?: Record<string, unknown> }

/** Where a link goes, as an absolute URL; null while its target is not published. */
export type LinkResolver = (fields: Record<string, unknown> | undefined) => string | null

/**
 * Every link made absolute by `resolve`, and a link whose target is not published unwrapped to its
 * words, as the HTML renders it (src/components/RichText.tsx).
 */
export function resolveLinks(node: LexicalNode, resolve: LinkResolver): LexicalNode[] {
  const children = node.children?.flatMap((child) => resolveLinks(child, resolve))
  const resolved = children ? { ...node, children } : node
  if (node.type !== 'link' && node.type !== 'autolink') return [resolved]
  const url = resolve(node.fields)
  if (!url) return children ?? []
  return [{ ...resolved, fields: { ...node.fields, linkType: 'custom', doc: null, url } }]
}

let editorConfig: ReturnType<typeof editorConfigFactory.default> | undefined

/**
 * Payload's Lexical-to-Markdown conversion of one rich-text field, its links resolved first (so
 * the converter sees only plain URLs). '' for an empty field.
 */
export async function lexicalToMarkdown(data: unknown, resolve: LinkResolver): Promise<string> {
  if (!data || typeof data !== 'object' || !('root' in data)) return ''
  editorConfig ??= configPromise.then((config) => editorConfigFactory.default({ config }))
  const state = data as SerializedEditorState
  const [root] = resolveLinks(state.root, resolve)
  return convertLexicalToMarkdown({
    data: { ...state, root: root as SerializedEditorState['root'] },
    editorConfig: await editorConfig,
  }).trim()
}
