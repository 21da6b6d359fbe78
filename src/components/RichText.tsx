import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { RichText as LexicalRichText } from '@payloadcms/richtext-lexical/react'

type Props = {
  data: unknown
  className?: string
}

/** Lexical rich text through Payload's own JSX converters. Renders nothing for empty fields. */
export function RichText({ data, className }: Props) {
  if (!data || typeof data !== 'object' || !('root' in data)) return null
  return <LexicalRichText data={data as SerializedEditorState} className={className} />
}
