import type { TextField } from 'payload'

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Longer slugs would make cache tags past Next's 256-character limit (src/lib/cache/tags.ts). */
export const SLUG_MAX_LENGTH = 200

/** Whether `value` can be a slug at all: routes answer 404 for anything else without a lookup. */
export const isSlug = (value: string): boolean =>
  value.length <= SLUG_MAX_LENGTH && SLUG.test(value)

export const toSlug = (value: string): string =>
  value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')

/**
 * What the slug field says while its document is published at `/<prefix><published>`: where the
 * address is, and, once the slug differs, the move and the 301 redirect publishing it will make
 * (src/hooks/redirectMovedAddress.ts).
 */
export function publishedSlugNote(prefix: string, published: string, current: unknown): string {
  const from = `${prefix}${published}`
  const next = typeof current === 'string' ? current.trim() : ''
  if (!next || next === published) {
    return `Published at ${from}. A new slug moves it: publishing it makes ${from} redirect (301) to the new address.`
  }
  return `Changes the address: publishing moves it from ${from} to ${prefix}${next}, and ${from} will redirect (301) there. Links within the site follow by themselves.`
}

/**
 * A unique, URL-safe slug, derived from `source` when left empty. It doubles as the page anchor.
 * With `addressPrefix` (the path its slugs live under, a renamed document getting a redirect),
 * the admin says so beside the slug of a published document.
 */
export const slugField = (
  source: string,
  {
    refuse,
    addressPrefix,
  }: { refuse?: (slug: string) => string | undefined; addressPrefix?: string } = {},
): TextField => ({
  name: 'slug',
  type: 'text',
  required: true,
  maxLength: SLUG_MAX_LENGTH,
  unique: true,
  index: true,
  admin: {
    position: 'sidebar',
    description: `Used in URLs and anchors. Leave empty to derive it from the ${source}.`,
    ...(addressPrefix !== undefined && {
      components: {
        Description: {
          path: '/src/components/admin/SlugDescription#SlugDescription',
          clientProps: { addressPrefix },
        },
      },
    }),
  },
  hooks: {
    beforeValidate: [
      async ({ value, data, originalDoc, collection, req }): Promise<unknown> => {
        const from: unknown = data?.[source]
        const derived = typeof from === 'string' && toSlug(from) ? toSlug(from) : undefined
        if (typeof value !== 'string' || !value.trim()) return derived ?? (value as unknown)
        const slug = value.trim()
        // Autosave derives a new draft's slug from the title typed so far ("abo" for "About
        // us"), and the admin sends it back with every later save. Until the document is first
        // published (no address to keep yet), a slug still equal to the one derived from the
        // stored title follows the title; one typed by hand stays.
        const stored = originalDoc as { id?: number; slug?: unknown } | undefined
        const before = (originalDoc as Record<string, unknown> | undefined)?.[source]
        const derivedBefore = typeof before === 'string' && toSlug(before) === slug
        if (!derived || derived === slug || !derivedBefore || stored?.slug !== slug) return slug
        if (!collection?.versions?.drafts || stored.id === undefined) return slug
        // The latest version says "draft" while a published page has draft changes; the
        // document's own row stays "published" until it is unpublished.
        const row = (await req.payload.db.findOne({
          collection: collection.slug,
          where: { id: { equals: stored.id } },
          req,
        })) as { _status?: string } | null
        return row?._status === 'draft' ? derived : slug
      },
    ],
  },
  validate: (value: string | null | undefined) => {
    if (!value) return true
    if (!SLUG.test(value)) return 'Use lowercase letters, digits and single hyphens only.'
    return refuse?.(value) ?? true
  },
})
