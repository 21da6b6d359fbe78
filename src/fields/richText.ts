import {
  BoldFeature,
  HeadingFeature,
  ItalicFeature,
  LinkFeature,
  ParagraphFeature,
  UnorderedListFeature,
  OrderedListFeature,
  lexicalEditor,
} from '@payloadcms/richtext-lexical'
import type { RichTextField } from 'payload'

import { LINKABLE } from './link'
import { urlWhen } from './url'

// Replaces the link drawer's URL check: still required for custom links, and http(s)/relative only.
const validateLinkUrl = urlWhen((sibling) => sibling.linkType !== 'internal')

const proseFeatures = () => [
  ParagraphFeature(),
  BoldFeature(),
  ItalicFeature(),
  UnorderedListFeature(),
  OrderedListFeature(),
  // A link points at a URL or at a guide or page ("internal"): that one follows the document's
  // address and renders as plain text while it is unpublished (src/components/RichText.tsx).
  LinkFeature({
    enabledCollections: [...LINKABLE],
    maxDepth: 0,
    fields: ({ defaultFields }) =>
      defaultFields.map((field) =>
        field.name === 'url' ? ({ ...field, validate: validateLinkUrl } as typeof field) : field,
      ),
  }),
]

/**
 * The one editor every blurb, intro and caveat uses: prose with emphasis, lists and links.
 * Headings stay out: the page owns the heading outline.
 */
export const proseEditor = lexicalEditor({ features: proseFeatures })

/** A page's text blocks: the same, plus section headings under the page title. */
export const pageEditor = lexicalEditor({
  features: () => [...proseFeatures(), HeadingFeature({ enabledHeadingSizes: ['h2', 'h3'] })],
})

export const richTextField = (
  name: string,
  options: Partial<Omit<RichTextField, 'type' | 'name'>> = {},
): RichTextField => ({ name, type: 'richText', editor: proseEditor, ...options })
