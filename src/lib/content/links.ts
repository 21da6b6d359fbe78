import { LINKABLE, type Linkable } from '@/fields/link'

// Pure: what a link points at. The reads of where documents live are in ./addresses.ts.

export type LinkTarget = { relationTo: Linkable; value: number }

/** A published document's public address and title, by `linkKey`. */
export type Address = { path: string; title: string; slug: string }
export type Addresses = Record<string, Address>

export const linkKey = (relationTo: string, id: number | string) => `${relationTo}:${id}`

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null

/** `{ relationTo, value }` with value an id or the populated document; anything else undefined. */
function targetOf(doc: unknown): LinkTarget | undefined {
  if (!isObject(doc) || !LINKABLE.includes(doc.relationTo as Linkable)) return undefined
  const value = isObject(doc.value) ? doc.value.id : doc.value
  return typeof value === 'number' ? { relationTo: doc.relationTo as Linkable, value } : undefined
}

/**
 * Every document that `data` links to by reference: link fields (src/fields/link.ts) and Lexical
 * link nodes share the shape `{ linkType: 'internal', doc }`, wherever they sit. Walked by that
 * shape, not by the fields (src/lib/fields/walk.ts): a link node sits inside rich text's JSON,
 * where no field config reaches, and one walk by shape finds both kinds.
 */
export function linkTargetsIn(data: unknown): LinkTarget[] {
  const found = new Map<string, LinkTarget>()
  const visit = (value: unknown, depth: number) => {
    if (depth > 64) return
    if (Array.isArray(value)) return value.forEach((item) => visit(item, depth + 1))
    if (!isObject(value)) return
    if (value.linkType === 'internal') {
      const target = targetOf(value.doc)
      if (target) found.set(linkKey(target.relationTo, target.value), target)
    }
    for (const [key, child] of Object.entries(value)) {
      // A populated document's own links are its business, not this one's.
      if (key !== 'doc') visit(child, depth + 1)
    }
  }
  visit(data, 0)
  return [...found.values()]
}

/** The address a link points at now, or null when its document is not published (or missing). */
export function hrefOf(link: unknown, addresses: Addresses): string | null {
  if (!isObject(link)) return null
  if (link.linkType !== 'internal') {
    return typeof link.url === 'string' && link.url.trim() ? link.url.trim() : null
  }
  const target = targetOf(link.doc)
  return target ? (addresses[linkKey(target.relationTo, target.value)]?.path ?? null) : null
}
