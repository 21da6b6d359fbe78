import {
  BoldFeature,
  ItalicFeature,
  LinkFeature,
  ParagraphFeature,
  UnorderedListFeature,
  OrderedListFeature,
  lexicalEditor,
} from '@payloadcms/richtext-lexical'
import type { RichTextField } from 'payload'

import { safeUrlError } from './url'

// Replaces the link drawer's URL check: still required for custom links, and http(s)/relative only.
const validateLinkUrl = (
  value: unknown,
  { siblingData }: { siblingData: { linkType?: string } },
) => {
  if (siblingData.linkType === 'internal') return true
  if (typeof value !== 'string' || !value.trim()) return 'A link needs a URL.'
  return safeUrlError(value) ?? true
}

/**
 * The one editor every blurb, intro and caveat uses: prose with emphasis, lists and links.
 * Headings stay out: the page owns the heading outline.
 */
export const proseEditor = lexicalEditor({
  features: () => [
    ParagraphFeature(),
    BoldFeature(),
    ItalicFeature(),
    UnorderedListFeature(),
    OrderedListFeature(),
    LinkFeature({
      enabledCollections: [],
      fields: ({ defaultFields }) =>
        defaultFields.map((field) =>
          field.name === 'url' ? ({ ...field, validate: validateLinkUrl } as typeof field) : field,
        ),
    }),
  ],
})

export const richTextField = (
  name: string,
  options: Partial<Omit<RichTextField, 'type' | 'name'>> = {},
): RichTextField => ({ name, type: 'richText', editor: proseEditor, ...options })
