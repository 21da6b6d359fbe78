import type { Framework } from '@/payload-types'

/** A Lexical value, the shape every rich text field (blurb, body, intro…) stores. */
export type RichTextValue = Framework['blurb']

const text = (value: string) => ({ type: 'text', text: value, version: 1 })

const root = (children: unknown[]) =>
  ({
    root: {
      type: 'root',
      children: [{ type: 'paragraph', version: 1, children }],
      direction: null,
      format: '',
      indent: 0,
      version: 1,
    },
  }) as unknown as RichTextValue

/** One paragraph of plain text. */
export const paragraph = (value: string): RichTextValue => root([text(value)])

/** One paragraph: `before`, then a link (Lexical's link node with `fields`) reading `label`. */
const paragraphLinking = (before: string, fields: Record<string, unknown>, label: string) =>
  root([
    text(before),
    {
      type: 'link',
      version: 3,
      fields: { ...fields, newTab: false },
      children: [text(label)],
      direction: null,
      format: '',
      indent: 0,
    },
  ])

/** One paragraph: `before`, then a custom link to `url` reading `label`. */
export const paragraphWithLink = (before: string, url: string, label = 'link'): RichTextValue =>
  paragraphLinking(before, { linkType: 'custom', url }, label)

/** One paragraph: `before`, then a link to a guide or page reading `label`. */
export const paragraphLinkingTo = (
  before: string,
  doc: { relationTo: 'guides' | 'pages'; value: number },
  label = 'link',
): RichTextValue => paragraphLinking(before, { linkType: 'internal', doc }, label)
