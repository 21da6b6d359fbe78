import type { FlattenedField } from 'payload'

import { walkFields } from '@/lib/fields/walk'

import { linkKey, targetOf, type LinkTarget } from './links'

// Found by the document's fields (src/lib/fields/walk.ts), as the input-shape check and the delete
// guard read it: a link field is wherever the config puts one, and rich text is read only where a
// richText field holds it. A key that is no field (a join's populated documents, say) holds no link
// of this document's.

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** `data`'s own link (src/fields/link.ts: `linkType` beside `doc`), when `fields` have one. */
function linkOf(fields: FlattenedField[], data: unknown): LinkTarget | undefined {
  if (!isObject(data) || data.linkType !== 'internal') return undefined
  return fields.some((field) => field.name === 'linkType') ? targetOf(data.doc) : undefined
}

/**
 * The link nodes of a rich text field's Lexical JSON, in reading order: LinkFeature keeps a link's
 * `{ linkType, doc }` in its node's `fields`. Walked with a stack, not recursion: lists nest
 * without a limit.
 */
function richTextLinks(state: unknown): LinkTarget[] {
  const found: LinkTarget[] = []
  const stack: unknown[] = [isObject(state) ? state.root : undefined]
  while (stack.length > 0) {
    const node = stack.pop()
    if (!isObject(node)) continue
    if (isObject(node.fields) && node.fields.linkType === 'internal') {
      const target = targetOf(node.fields.doc)
      if (target) found.push(target)
    }
    if (Array.isArray(node.children)) stack.push(...[...(node.children as unknown[])].reverse())
  }
  return found
}

/**
 * Every guide and page that `data` (a document of the collection whose fields are `fields`) links
 * to by reference, once each, in the order the document shows them: link fields and the link
 * nodes of its rich text. A populated `doc` is a link's target; its own links are its business.
 */
export function linkTargetsIn(fields: FlattenedField[], data: unknown): LinkTarget[] {
  const found = new Map<string, LinkTarget>()
  const add = (target: LinkTarget | undefined) => {
    if (target) found.set(linkKey(target.relationTo, target.value), target)
  }
  add(linkOf(fields, data))
  walkFields(fields, data, {
    field: ({ field, value }) => {
      if (field.type === 'group' || field.type === 'tab') add(linkOf(field.flattenedFields, value))
      if (field.type === 'richText') richTextLinks(value).forEach(add)
    },
    row: ({ value, fields: rowFields }) => add(rowFields && linkOf(rowFields, value)),
  })
  return [...found.values()]
}
