import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import {
  RichText as LexicalRichText,
  type JSXConvertersFunction,
} from '@payloadcms/richtext-lexical/react'

import { getAddresses } from '@/lib/content/addresses'
import { hrefOf, type Addresses } from '@/lib/content/links'

type Props = {
  data: unknown
  className?: string
}

/**
 * Payload's own JSX converters, except links: a link to a guide or page takes the document's
 * current address, and while the document is unpublished its words stay as plain text.
 */
const converters =
  (addresses: Addresses): JSXConvertersFunction =>
  ({ defaultConverters }) => ({
    ...defaultConverters,
    link: ({ node, nodesToJSX }) => {
      const children = nodesToJSX({ nodes: node.children })
      const href = hrefOf(node.fields, addresses)
      if (!href) return <>{children}</>
      const newTab = node.fields.newTab === true
      return (
        <a
          href={href}
          target={newTab ? '_blank' : undefined}
          rel={newTab ? 'noopener noreferrer' : undefined}
        >
          {children}
        </a>
      )
    },
  })

/** Lexical rich text. Renders nothing for empty fields. */
export async function RichText({ data, className }: Props) {
  if (!data || typeof data !== 'object' || !('root' in data)) return null
  const addresses = await getAddresses()
  return (
    <LexicalRichText
      data={data as SerializedEditorState}
      className={className}
      converters={converters(addresses)}
    />
  )
}
