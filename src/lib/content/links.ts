import { LINKABLE, type Linkable } from '@/fields/link'

// Pure: what a link points at. The reads of where documents live are in ./addresses.ts; the links
// a document holds are found by ./linkTargets.ts.

export type LinkTarget = { relationTo: Linkable; value: number }

/** A published document's public address and title, by `linkKey`. */
export type Address = { path: string; title: string; slug: string }
export type Addresses = Record<string, Address>

export const linkKey = (relationTo: string, id: number | string) => `${relationTo}:${id}`

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null

/** `{ relationTo, value }` with value an id or the populated document; anything else undefined. */
export function targetOf(doc: unknown): LinkTarget | undefined {
  if (!isObject(doc) || !LINKABLE.includes(doc.relationTo as Linkable)) return undefined
  const value = isObject(doc.value) ? doc.value.id : doc.value
  return typeof value === 'number' ? { relationTo: doc.relationTo as Linkable, value } : undefined
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
