import type { BlockOf } from '@/blocks'
import { lexicalToMarkdown } from '@/lib/markdown/lexical'
import type { BlockPage } from '@/lib/markdown/sections'
import { inline } from '@/lib/markdown/text'

export const faqMarkdown = (block: BlockOf<'faq'>, { links }: BlockPage) => [
  `## ${inline(block.heading)}`,
  ...(block.items ?? []).flatMap((item) => [
    `### ${inline(item.question)}`,
    lexicalToMarkdown(item.answer, links),
  ]),
]
