import type { BlockOf } from '@/blocks'
import { lexicalToMarkdown } from '@/lib/markdown/lexical'
import type { BlockPage } from '@/lib/markdown/sections'

export const proseMarkdown = (block: BlockOf<'prose'>, { links }: BlockPage) => [
  lexicalToMarkdown(block.content, links),
]
