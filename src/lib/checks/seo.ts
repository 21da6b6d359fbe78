import type { Finding } from './types'

// Pure: the description search results and shared cards show. Search engines cut snippets at
// about 160 characters, and a line under 50 reads as a stub.

export const SEO_DESCRIPTION = { min: 50, max: 160 } as const

export type SeoInput = {
  description?: string | null
  /** What the page uses when the SEO description is empty (a guide's dek, a page's standfirst). */
  fallback?: string | null
  /** The fallback's name, as the admin labels it. */
  fallbackName: string
}

export function seoFindings({ description, fallback, fallbackName }: SeoInput): Finding[] {
  const own = description?.trim() ?? ''
  const used = own || fallback?.trim() || ''
  const { min, max } = SEO_DESCRIPTION
  const bounds = `${min}–${max} characters`
  const warn = (message: string): Finding[] => [
    { check: 'seoDescription', level: 'warning', message, field: 'meta.description' },
  ]
  if (!used) {
    return warn(
      `No SEO description, and no ${fallbackName} to fall back on: search results show whatever text they pick. Write ${bounds}.`,
    )
  }
  const whose = own
    ? 'The SEO description'
    : `The SEO description (the ${fallbackName}, used while it is empty)`
  if (used.length < min) {
    return warn(
      `${whose} is ${used.length} characters: too short for a search result. Write ${bounds}.`,
    )
  }
  if (used.length > max) {
    return warn(
      `${whose} is ${used.length} characters: search results cut it off. Write ${bounds}.`,
    )
  }
  return []
}
