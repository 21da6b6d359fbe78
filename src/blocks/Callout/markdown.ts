import type { BlockOf } from '@/blocks'
import type { BlockPage } from '@/lib/markdown/sections'
import { link, paragraph } from '@/lib/markdown/text'

/** A quote: the sentence, then its link while the target is live. */
export function calloutMarkdown(block: BlockOf<'callout'>, { links }: BlockPage) {
  const href = links(block)
  return [`> ${paragraph(block.text)}${href ? ` ${link(block.linkLabel, href)}` : ''}`]
}
