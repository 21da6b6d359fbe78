import type { Field, RadioField } from 'payload'

import { urlField, urlWhen } from './url'

/** What a link may point at by reference: the documents that have a public address. */
export const LINKABLE = ['guides', 'pages'] as const
export type Linkable = (typeof LINKABLE)[number]

/**
 * A link that points at a document (it follows the document's slug, and renders only while the
 * document is published) or at a typed URL. The names match Lexical's link node (`linkType`,
 * `doc`, `url`), so a link reads the same in rich text or not (src/lib/content/links.ts, and
 * src/lib/content/linkTargets.ts, which finds them).
 */
export const linkFields = ({
  required = false,
  defaultType = 'internal',
}: { required?: boolean; defaultType?: 'internal' | 'custom' } = {}): Field[] => [
  {
    name: 'linkType',
    type: 'radio',
    defaultValue: defaultType,
    admin: { layout: 'horizontal' },
    options: [
      { label: 'A page or guide', value: 'internal' },
      { label: 'A URL', value: 'custom' },
    ],
  } satisfies RadioField,
  {
    name: 'doc',
    label: 'Document',
    type: 'relationship',
    relationTo: [...LINKABLE],
    admin: {
      condition: (_, sibling) => sibling?.linkType === 'internal',
      description: 'Follows the document’s address. Shown only while it is published.',
    },
    validate: (value: unknown, { siblingData }: { siblingData: { linkType?: string } }) =>
      !required || siblingData.linkType !== 'internal' || value ? true : 'Choose a page or guide.',
  },
  urlField('url', {
    label: 'URL',
    admin: {
      condition: (_, sibling) => sibling?.linkType !== 'internal',
      description: 'https://…, /path or #anchor',
    },
    validate: urlWhen((sibling) => sibling.linkType !== 'internal', { required }),
  }),
]
