import type { Finding } from './types'

// Pure: what a reader reads of each ranked framework (the ranking table's cells and the entry's
// blurb). Read from its published version: a draft is what the reader does not see.

/** The framework fields a guide shows, as the admin labels them. */
export const PUBLIC_FRAMEWORK_FIELDS = {
  name: 'Name',
  language: 'Language',
  buildModel: 'Build model',
  bestFor: 'Best for',
  blurb: 'Blurb',
} as const

export type PublicField = keyof typeof PUBLIC_FRAMEWORK_FIELDS

export type RankedEntry = {
  framework: { id: number; title: string }
  /** Its published fields as plain text (the blurb's text), or null when it is not published. */
  live: Record<PublicField, string> | null
}

export function rankingFindings(entries: RankedEntry[]): Finding[] {
  return entries.flatMap(({ framework, live }, index): Finding[] => {
    const entry = `Entry #${index + 1} (${framework.title})`
    const base = {
      check: 'ranking',
      level: 'warning',
      in: { collection: 'frameworks', ...framework },
    } as const
    if (!live) {
      return [
        {
          ...base,
          message: `${entry} is not published: readers do not see it, and the ranking skips a place.`,
          field: 'name',
        },
      ]
    }
    const empty = (Object.keys(PUBLIC_FRAMEWORK_FIELDS) as PublicField[]).filter(
      (name) => live[name].trim() === '',
    )
    return empty.map((name) => ({
      ...base,
      message: `${entry} has an empty “${PUBLIC_FRAMEWORK_FIELDS[name]}”: readers see a blank there.`,
      field: name,
    }))
  })
}
