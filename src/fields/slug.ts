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

/** A unique, URL-safe slug, derived from `source` when left empty. It doubles as the page anchor. */
export const slugField = (
  source: string,
  { refuse }: { refuse?: (slug: string) => string | undefined } = {},
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
  },
  hooks: {
    beforeValidate: [
      ({ value, data }): unknown => {
        if (typeof value === 'string' && value.trim()) return value.trim()
        const from: unknown = data?.[source]
        return typeof from === 'string' ? toSlug(from) : (value as unknown)
      },
    ],
  },
  validate: (value: string | null | undefined) => {
    if (!value) return true
    if (!SLUG.test(value)) return 'Use lowercase letters, digits and single hyphens only.'
    return refuse?.(value) ?? true
  },
})
