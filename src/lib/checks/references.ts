import type { FlattenedField } from 'payload'

import { targetOf, type LinkTarget } from '@/lib/content/links'
import { walkFields } from '@/lib/fields/walk'

import { sentenceAround } from './sentences'
import type { DocRef, Finding } from './types'

// Pure: every link by reference a document holds, with where it sits and the words around it, so
// a link to an unpublished document (rendered as plain text) can be quoted in its sentence.

export type Reference = {
  target: LinkTarget
  /** The field holding it: the rich text field, or the link's group or row. */
  field: string
  /** The link's own words (its text in rich text, its label beside a link field). */
  words: string
  sentence: string
}

type Node = { type?: string; text?: unknown; children?: unknown; fields?: unknown }
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const BLOCKS = new Set(['paragraph', 'heading', 'listitem', 'quote'])

/** A block's text, its links with their offsets, and the blocks nested in it (a nested list). */
function readBlock(block: Node, field: string, found: Reference[]) {
  let text = ''
  const links: { target: LinkTarget; start: number; end: number }[] = []
  const nested: Node[] = []
  const visit = (node: unknown) => {
    if (!isObject(node)) return
    const { type, text: own, children, fields } = node as Node
    if (typeof own === 'string') text += own
    else if (type === 'linebreak') text += ' '
    if (!Array.isArray(children)) return
    const target =
      isObject(fields) && fields.linkType === 'internal' ? targetOf(fields.doc) : undefined
    const start = text.length
    for (const child of children as Node[]) {
      if (
        child &&
        typeof child === 'object' &&
        (BLOCKS.has(child.type ?? '') || child.type === 'list')
      ) {
        nested.push(child)
      } else visit(child)
    }
    if (target) links.push({ target, start, end: text.length })
  }
  for (const child of Array.isArray(block.children) ? (block.children as Node[]) : []) {
    if (BLOCKS.has(child?.type ?? '') || child?.type === 'list') nested.push(child)
    else visit(child)
  }
  for (const { target, start, end } of links) {
    found.push({
      target,
      field,
      words: text.slice(start, end).trim(),
      sentence: sentenceAround(text, start, end),
    })
  }
  for (const inner of nested) readNode(inner, field, found)
}

function readNode(node: Node, field: string, found: Reference[]) {
  if (BLOCKS.has(node.type ?? '')) return readBlock(node, field, found)
  for (const child of Array.isArray(node.children) ? (node.children as Node[]) : []) {
    if (isObject(child)) readNode(child, field, found)
  }
}

/** The links of a rich text field's Lexical JSON, in reading order. */
export function richTextReferences(state: unknown, field: string): Reference[] {
  const found: Reference[] = []
  if (isObject(state) && isObject(state.root)) readNode(state.root, field, found)
  return found
}

/** The words beside a link field (src/fields/link.ts) that a reader reads as its text. */
const wordsOf = (data: Record<string, unknown>) =>
  [data.linkLabel, data.label, data.heading].find(
    (value): value is string => typeof value === 'string' && value.trim() !== '',
  ) ?? ''

function linkFieldReference(
  fields: FlattenedField[],
  data: unknown,
  field: string,
): Reference | undefined {
  if (!isObject(data) || data.linkType !== 'internal') return undefined
  if (!fields.some((each) => each.name === 'linkType')) return undefined
  const target = targetOf(data.doc)
  if (!target) return undefined
  const words = wordsOf(data)
  return { target, field: field ? `${field}.doc` : 'doc', words, sentence: words }
}

/** Every reference of `data` (a document whose fields are `fields`), in the order it shows them. */
export function referencesIn(fields: FlattenedField[], data: unknown): Reference[] {
  const found: Reference[] = []
  const add = (reference: Reference | undefined) => reference && found.push(reference)
  add(linkFieldReference(fields, data, ''))
  walkFields(fields, data, {
    field: ({ field, path, value }) => {
      if (field.type === 'group' || field.type === 'tab') {
        add(linkFieldReference(field.flattenedFields, value, path))
      }
      if (field.type === 'richText') found.push(...richTextReferences(value, path))
    },
    row: ({ value, fields: rowFields, path }) =>
      add(rowFields && linkFieldReference(rowFields, value, path)),
  })
  return found
}

/** A title for the document a link points at, whether it is published or not. */
export type TargetTitle = (target: LinkTarget) => string | undefined

/**
 * A warning for each reference whose document readers cannot reach (not published, or gone):
 * the page shows its words as plain text.
 */
export function unpublishedReferences(
  references: Reference[],
  isPublished: (target: LinkTarget) => boolean,
  titleOf: TargetTitle,
  inDoc?: DocRef,
): Finding[] {
  return references
    .filter((reference) => !isPublished(reference.target))
    .map(({ target, field, words, sentence }) => {
      const title = titleOf(target)
      const kind = target.relationTo === 'guides' ? 'guide' : 'page'
      const what = title
        ? `the ${kind} “${title}” is not published`
        : `that ${kind} no longer exists`
      const shown = words ? `“${words}” shows as plain text` : 'the link shows as plain text'
      return {
        check: 'references',
        level: 'warning',
        message: `A link points at a document readers cannot open: ${what}, so ${shown}.`,
        field,
        sentence: sentence || undefined,
        in: inDoc,
      } satisfies Finding
    })
}
